package p

type node struct {
	val  int
	next *node
}

func length() int {
	c := node{val: 3}
	b := node{val: 2, next: &c}
	a := node{val: 1, next: &b}
	n := 0
	for p := &a; p != nil; p = p.next {
		n++
	}
	return n
}
