package p

func f() { _ = append(1, 2) }
