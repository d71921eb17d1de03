package p

func zero(xs []int) {
	for i := range xs {
		xs[i] = 0
	}
}
