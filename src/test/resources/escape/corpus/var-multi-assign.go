package p

var a, b *int

func set() {
	x, y := 1, 2
	a, b = &x, &y
}
