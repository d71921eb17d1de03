package p

type pair struct {
	a, b *int
}

func first(p *pair) *int {
	return p.a
}

func second(p pair) *int {
	return p.b
}
