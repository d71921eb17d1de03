package p

func halve(n int) int {
	steps := 0
	for n > 1 {
		n /= 2
		steps++
	}
	return steps
}
