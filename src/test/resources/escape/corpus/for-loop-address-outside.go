package p

func last(n int) *int {
	var p *int
	for i := 0; i < n; i++ {
		v := i
		p = &v
	}
	return p
}
