package p

func digits() []int {
	var a [10]int
	for i := range a {
		a[i] = i
	}
	return a[:]
}
