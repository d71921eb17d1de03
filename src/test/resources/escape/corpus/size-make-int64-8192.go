package p

func words() int64 {
	w := make([]int64, 8192)
	w[1] = 3
	return w[1]
}
