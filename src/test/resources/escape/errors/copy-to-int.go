package p

func f() { a := []int{}; copy(1, a) }
