package p

func f() { a := []int{}; b := []string{}; copy(a, b) }
