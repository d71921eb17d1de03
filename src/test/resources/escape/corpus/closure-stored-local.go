package p

func scaled(k int) int {
	mul := func(v int) int { return v * k }
	return mul(2) + mul(3)
}
