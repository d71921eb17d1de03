package p

func batches(out chan []int, n int) {
	b := make([]int, 0, 8)
	for i := 0; i < n; i++ {
		b = append(b, i)
	}
	out <- b
}
