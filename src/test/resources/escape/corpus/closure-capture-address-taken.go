package p

func watch() (func() int, *int) {
	v := 10
	p := &v
	return func() int { return v }, p
}
