package p

func fill() byte {
	b := make([]byte, 65536)
	b[10] = 7
	return b[10]
}
