package p

func fill() byte {
	b := make([]byte, 65537)
	b[10] = 7
	return b[10]
}
