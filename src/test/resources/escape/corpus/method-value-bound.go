package p

type greeter struct{ name string }

func (g greeter) hello() string { return "hi " + g.name }

func call() int {
	g := greeter{"ann"}
	f := g.hello
	return len(f())
}
