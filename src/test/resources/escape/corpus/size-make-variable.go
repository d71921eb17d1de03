package p

func fill(n int) byte {
	b := make([]byte, n)
	b[0] = 1
	return b[0]
}
