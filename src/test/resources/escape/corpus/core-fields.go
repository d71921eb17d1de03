package p

type Node struct {
	val  int
	next *Node
}

type Wrap struct {
	inner Node
	ptr   *Node
}

var G *Node

func link(a, b *Node) {
	a.next = b
}

func head(n *Node) *Node {
	return n.next.next
}

func local() int {
	a := Node{val: 1}
	b := Node{val: 2}
	a.next = &b
	return a.next.val
}

func wrapF(w *Wrap) *Node {
	return &w.inner
}

func wrapG(w Wrap) {
	G = w.ptr
}

func arrIdx() *int {
	var arr [3]int
	return &arr[1]
}

func sliceIdx(s []int) *int {
	return &s[0]
}

func self(n *Node) {
	n.next = n.next
}

func deref(pp **Node) Node {
	return **pp
}
