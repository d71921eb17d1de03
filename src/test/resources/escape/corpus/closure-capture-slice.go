package p

func appender() func(int) []int {
	var xs []int
	return func(v int) []int {
		xs = append(xs, v)
		return xs
	}
}
