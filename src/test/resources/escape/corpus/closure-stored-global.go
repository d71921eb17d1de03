package p

var onExit func()

func register(msg string) {
	onExit = func() {
		println(msg)
	}
}
