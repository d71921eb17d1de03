package p

func squares(n int) []int {
	out := make([]int, 0, 16)
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}
