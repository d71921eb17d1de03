package p

type node struct {
	val  int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: i, next: head}
	}
	return head
}
