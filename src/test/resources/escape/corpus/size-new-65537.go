package p

func firstOfBlock() byte {
	buf := new([65537]byte)
	buf[0] = 1
	return buf[0]
}
