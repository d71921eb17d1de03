package p

func empty() int {
	a := make([]byte, 0)
	b := make([]struct{}, 100000)
	return len(a) + len(b)
}
