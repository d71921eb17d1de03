package p

func buffer(kind int) int {
	switch kind {
	case 0:
		b := make([]byte, 1024)
		return len(b)
	case 1:
		b := make([]byte, 1<<20)
		return len(b)
	}
	return 0
}
