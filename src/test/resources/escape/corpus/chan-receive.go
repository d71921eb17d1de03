package p

func drain(in chan *int) int {
	total := 0
	for i := 0; i < 3; i++ {
		p := <-in
		total += *p
	}
	return total
}
