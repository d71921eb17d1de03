package p

func adder(base int) func(int) int {
	return func(v int) int {
		return base + v
	}
}
