package p

const kib = 1024

func blocks() int {
	a := make([]byte, 64*kib)
	b := make([]byte, 64*kib+1)
	return len(a) + len(b)
}
