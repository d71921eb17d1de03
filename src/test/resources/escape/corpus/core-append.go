package p

var GS []*int

func app(s []int, ps []*int, x *int) []int {
	s = append(s, 1)
	ps = append(ps, x)
	_ = ps
	return s
}

func app2(a, b []*int) {
	GS = append(a, b...)
}

func app3() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	_ = s
}

func cp(dst, src []*int) int {
	return copy(dst, src)
}
