package p

func pair() *int {
	x, y := 1, 2
	arr := [2]*int{&x, &y}
	return arr[1]
}
