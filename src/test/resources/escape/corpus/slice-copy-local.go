package p

func firstTwo(xs []int) int {
	tmp := make([]int, 2)
	copy(tmp, xs)
	return tmp[0] + tmp[1]
}
