package p

func spawn(done chan int) {
	for i := 0; i < 3; i++ {
		go func() {
			done <- i
		}()
	}
}
