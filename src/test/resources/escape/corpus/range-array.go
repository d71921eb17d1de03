package p

func total() int {
	arr := [5]int{1, 2, 3, 4, 5}
	t := 0
	for _, v := range arr {
		t += v
	}
	return t
}
