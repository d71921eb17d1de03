package p

const page = 1 << 16

func pages() int {
	a := make([]byte, page)
	b := make([]byte, page+1)
	return len(a) + len(b)
}
