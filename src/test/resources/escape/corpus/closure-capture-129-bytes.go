package p

func keep() func() byte {
	var block [129]byte
	block[0] = 1
	return func() byte { return block[0] }
}
