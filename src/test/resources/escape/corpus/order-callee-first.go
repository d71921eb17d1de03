package p

func outer(n int) []int {
	x := 1
	buf := make([]int, n)
	buf[0] = *inner(&x)
	return buf
}

func inner(p *int) *int {
	q := new(int)
	*q = *p
	return q
}
