package p

func greeter() func() string {
	name := "gopher"
	name = "world"
	return func() string { return "hi " + name }
}
