package p

func publish(out chan *int) {
	n := 42
	out <- &n
}
