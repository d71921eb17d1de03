package p

func search(grid [][]int) int {
outer:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				break outer
			}
		}
	}
	return 0
}
