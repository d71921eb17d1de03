package p

func find(xs []int, v int) int {
	for i := range xs {
		if xs[i] == v {
			goto found
		}
	}
	return -1
found:
	return v
}
