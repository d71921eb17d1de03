package p

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func push(l *List, v int) *List {
	return &List{v: v, next: l}
}

func even(n int, p *int) *int {
	if n == 0 {
		return p
	}
	return odd(n-1, p)
}

func odd(n int, p *int) *int {
	if n == 0 {
		return nil
	}
	return even(n-1, p)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}
