package p

func push(xs []int, v int) []int {
	return append(xs, v)
}
