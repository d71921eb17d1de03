package p

func send(out chan byte) {
	var buf [256]byte
	buf[0] = 1
	go func() {
		out <- buf[0]
	}()
}
