package p

func total(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i
		t += *p
	}
	return t
}
