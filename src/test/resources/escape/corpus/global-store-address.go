package p

var current *int

func set() {
	v := 3
	current = &v
}
