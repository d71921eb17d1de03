package p

func produce(out chan int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func start(n int) chan int {
	c := make(chan int)
	go produce(c, n)
	return c
}
