package p

func isHello(b []byte) bool {
	return string(b) == "hello"
}
