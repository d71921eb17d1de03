package p

func firstNegative(c chan int) *int {
	for {
		v := <-c
		if v < 0 {
			return &v
		}
	}
}
