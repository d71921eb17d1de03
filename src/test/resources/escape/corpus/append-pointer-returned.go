package p

func collect(n int) []*int {
	var ps []*int
	for i := 0; i < n; i++ {
		v := i
		ps = append(ps, &v)
	}
	return ps
}
