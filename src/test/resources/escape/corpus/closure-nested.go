package p

func outer() func() func() int {
	x := 1
	return func() func() int {
		return func() int {
			x++
			return x
		}
	}
}
