package p

type task struct{ name string }

func tasks() int {
	a := task{"a"}
	b := task{"b"}
	list := []*task{&a, &b}
	return len(list)
}
