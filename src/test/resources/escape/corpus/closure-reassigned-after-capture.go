package p

func greeter() func() string {
	name := "gopher"
	f := func() string { return "hi " + name }
	name = "world"
	return f
}
