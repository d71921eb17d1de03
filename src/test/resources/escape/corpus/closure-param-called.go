package p

func apply(xs []int, f func(int) int) {
	for i := range xs {
		xs[i] = f(xs[i])
	}
}

func double(xs []int) {
	apply(xs, func(v int) int { return v * 2 })
}
