package p

func identity() [4]int {
	a := [4]int{1, 2, 3, 4}
	return a
}
