package p

var buf []byte

func alloc() {
	buf = make([]byte, 16)
}
