package p

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}
