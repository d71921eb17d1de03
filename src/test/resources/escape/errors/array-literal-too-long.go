package p

func f() { _ = [2]int{1, 2, 3} }
