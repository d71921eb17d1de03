package p

func greeting(name string) string {
	return "hello, " + name
}
