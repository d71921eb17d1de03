package p

func caller() *int {
	x := 2
	return callee(&x)
}

func callee(p *int) *int { return p }

func recA(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return recB(p, n-1)
}

func recB(q *int, n int) *int {
	return recA(q, n)
}
