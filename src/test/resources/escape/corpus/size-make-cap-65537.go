package p

func reserve() int {
	b := make([]byte, 8, 65537)
	return cap(b)
}
