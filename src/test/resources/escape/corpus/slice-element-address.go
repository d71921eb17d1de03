package p

func largest(xs []int) *int {
	best := &xs[0]
	for i := range xs {
		if xs[i] > *best {
			best = &xs[i]
		}
	}
	return best
}
