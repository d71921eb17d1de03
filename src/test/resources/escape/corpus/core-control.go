package p

var G *int

func sw(n int) *int {
	x := 1
	y := 2
	switch n {
	case 1:
		return &x
	case 2, 3:
		G = &y
	default:
	}
	switch {
	case n > 5:
		z := 3
		return &z
	}
	if v := n * 2; v > 4 {
		w := v
		G = &w
	} else if n < 0 {
		return nil
	} else {
		u := 0
		_ = &u
	}
	return nil
}

func vars() *int {
	var a int
	var b, c = 1, 2
	var d *int = &b
	var e = &c
	_ = d
	_ = a
	return e
}

func consts() []int {
	const (
		A = iota
		B
		C
	)
	s := make([]int, C)
	return s
}
