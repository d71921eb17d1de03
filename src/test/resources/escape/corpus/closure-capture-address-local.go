package p

func peek() func() int {
	v := 10
	p := &v
	*p = 11
	return func() int { return v }
}
