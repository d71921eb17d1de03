package p

func run(xs []int) int {
	total := 0
	add := func(v int) {
		total += v
	}
	for _, x := range xs {
		add(x)
	}
	return total
}
