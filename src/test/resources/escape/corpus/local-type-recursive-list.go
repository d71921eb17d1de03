package p

func build(n int) int {
	type node struct {
		next *node
		v    int
	}
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, v: i}
	}
	type (
		count int
		sum   struct{ c count }
	)
	s := sum{}
	for p := head; p != nil; p = p.next {
		s.c += count(p.v)
	}
	return int(s.c)
}
