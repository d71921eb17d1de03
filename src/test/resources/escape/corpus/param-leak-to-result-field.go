package p

type node struct {
	next *node
	val  int
}

func following(n *node) *node {
	return n.next
}
