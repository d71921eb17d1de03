package p

var hooks []func()

func onStart(f func()) {
	hooks = append(hooks, f)
}

func setup(name string) {
	onStart(func() { println(name) })
}
