package p

func choose(big bool) *[]int {
	if big {
		s := make([]int, 100)
		return &s
	}
	s := make([]int, 1)
	return &s
}
