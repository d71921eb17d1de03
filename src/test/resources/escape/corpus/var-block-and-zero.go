package p

func defaults() (int, string) {
	var (
		n    int
		name string
	)
	var p *int = &n
	*p = 3
	return n, name
}
