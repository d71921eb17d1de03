package p

func pingPong() int {
	ping := make(chan int)
	pong := make(chan int, 1)
	go func() {
		v := <-ping
		pong <- v + 1
	}()
	ping <- 1
	return <-pong
}
