package p

func f() (int, bool) {
	m := map[int]int{}
	return m[1]
}
