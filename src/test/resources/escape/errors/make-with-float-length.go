package p

func f() { _ = make([]int, 1.5) }
