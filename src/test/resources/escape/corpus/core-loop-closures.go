package p

var fns []func() int

func collect(xs []int) {
	for _, x := range xs {
		fns = append(fns, func() int { return x })
	}
}

func collectCopy(xs []int) {
	for _, x := range xs {
		y := x
		fns = append(fns, func() int { return y })
	}
}

func local(xs []int) int {
	total := 0
	for _, x := range xs {
		f := func() { total += x }
		f()
	}
	return total
}

func deferLoop(n int) {
	for i := 0; i < n; i++ {
		defer func() { _ = i }()
	}
}
