package p

func concat(a, b []int) []int {
	return append(a, b...)
}
