package p

func buffered() int {
	c := make(chan int, 4)
	c <- 1
	return <-c
}
