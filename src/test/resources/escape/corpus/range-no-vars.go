package p

func count(xs []int) int {
	n := 0
	for range xs {
		n++
	}
	return n
}
