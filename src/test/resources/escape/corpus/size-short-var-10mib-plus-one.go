package p

func table() int {
	t := [10<<20 + 1]byte{}
	t[0] = 1
	return int(t[0])
}
