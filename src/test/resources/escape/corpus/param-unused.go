package p

func ignore(p *int, s []string, m map[int]int) int {
	return 0
}
