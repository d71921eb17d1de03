package p

func f() { _ = append(nil, 1) }
