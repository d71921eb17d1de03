package p

func block() []byte {
	b := make([]byte, 65536)
	return b
}
