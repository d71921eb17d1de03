package p

func words() int64 {
	w := make([]int64, 8193)
	w[1] = 3
	return w[1]
}
