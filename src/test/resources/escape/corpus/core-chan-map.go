package p

type T struct{ a int }

func send(ch chan *T) {
	t := T{}
	ch <- &t
}

func recv(ch chan *T) *T {
	return <-ch
}

func mapPut(m map[string]*T, k string) {
	t := &T{}
	m[k] = t
}

func mapGet(m map[string]*T) *T {
	return m["a"]
}

func del(m map[string]int, k string) {
	delete(m, k)
}

func mk() {
	c := make(chan int)
	c2 := make(chan int, 5)
	close(c)
	_ = c2
	m := make(map[int]int, 10)
	_ = m
}
