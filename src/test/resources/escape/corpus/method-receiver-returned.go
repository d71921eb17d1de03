package p

type node struct {
	next *node
	val  int
}

func (n *node) self() *node { return n }

func (n *node) tail() *node {
	for n.next != nil {
		n = n.next
	}
	return n
}
