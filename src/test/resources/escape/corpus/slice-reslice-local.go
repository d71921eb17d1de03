package p

func middle() int {
	xs := []int{1, 2, 3, 4, 5}
	mid := xs[1:4]
	return mid[1]
}
