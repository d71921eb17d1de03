package p

func queue() int {
	q := make([]int, 0, 16)
	q = append(q, 1, 2, 3)
	return len(q)
}
