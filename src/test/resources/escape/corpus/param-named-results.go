package p

func minMax(xs []int) (lo, hi *int) {
	for i := range xs {
		if lo == nil || xs[i] < *lo {
			lo = &xs[i]
		}
		if hi == nil || xs[i] > *hi {
			hi = &xs[i]
		}
	}
	return
}
