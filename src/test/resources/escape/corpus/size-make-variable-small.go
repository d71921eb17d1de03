package p

func count() int {
	n := 4
	b := make([]int, n)
	return len(b)
}
