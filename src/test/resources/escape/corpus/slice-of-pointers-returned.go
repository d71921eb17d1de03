package p

type task struct{ name string }

func tasks() []*task {
	a := task{"a"}
	b := task{"b"}
	return []*task{&a, &b}
}
