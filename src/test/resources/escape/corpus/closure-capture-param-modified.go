package p

func limiter(max int) func() bool {
	return func() bool {
		max--
		return max >= 0
	}
}
