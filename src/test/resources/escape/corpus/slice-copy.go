package p

func clone(xs []int) []int {
	out := make([]int, len(xs))
	copy(out, xs)
	return out
}
