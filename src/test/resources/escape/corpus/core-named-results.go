package p

type T struct{ v int }

func named() (t *T) {
	t = &T{}
	return
}

func namedLocal() (p *int) {
	x := 3
	p = &x
	return p
}

func two(a *int, b []int) (x *int, y []int) {
	x, y = a, b
	return
}

func swap(a, b *int) (*int, *int) {
	return b, a
}
