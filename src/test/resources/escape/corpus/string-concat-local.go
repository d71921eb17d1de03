package p

func greeting(name string) int {
	s := "hello, " + name + "!"
	return len(s)
}
