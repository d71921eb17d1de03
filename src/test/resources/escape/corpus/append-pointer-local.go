package p

func collect(n int) int {
	ps := make([]*int, 0, 4)
	for i := 0; i < n; i++ {
		v := i
		ps = append(ps, &v)
	}
	return len(ps)
}
