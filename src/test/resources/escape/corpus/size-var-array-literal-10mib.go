package p

func zeros() int {
	a := [10 << 20]byte{}
	return len(a)
}
