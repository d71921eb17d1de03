package p

func evens(n int) int {
	var xs []int
	for i := 0; i < n; i += 2 {
		xs = append(xs, i)
	}
	return len(xs)
}
