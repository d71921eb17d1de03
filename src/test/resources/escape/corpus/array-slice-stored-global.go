package p

var view []byte

func keep() {
	var buf [64]byte
	view = buf[2:10]
}
