package p

func clear10() byte {
	var x [10 << 20]byte
	x[1] = 2
	return x[1]
}
