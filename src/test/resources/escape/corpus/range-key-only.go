package p

func indexes(xs []string) int {
	last := -1
	for i := range xs {
		last = i
	}
	return last
}
