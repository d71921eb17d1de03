package p

func sum(c chan int) int {
	t := 0
	for v := range c {
		t += v
	}
	return t
}
