package p

type node struct{ v int }

var any interface{}

func keep(n *node) {
	any = n
}
