package p

func sum(n int) int {
	var p *int
	t := 0
	for i := 0; i < n; i++ {
		p = &i
		t += *p
	}
	return t
}
