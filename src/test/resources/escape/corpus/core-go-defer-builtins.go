package p

func builtinsDeferred(ch chan int, m map[string]*int, s []*int, n int) {
	defer close(ch)
	defer delete(m, "k")
	defer println(n, "x")
	defer recover()
	go println(n)
	for i := 0; i < n; i++ {
		defer copy(s, s[1:])
	}
}
