package p

func big() byte {
	p := new([10 << 20]byte)
	return p[5]
}
