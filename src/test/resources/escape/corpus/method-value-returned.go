package p

type greeter struct{ name string }

func (g *greeter) hello() string { return "hi " + g.name }

func bound(name string) func() string {
	g := &greeter{name: name}
	return g.hello
}
