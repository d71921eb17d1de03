package p

func f() { _ = new(int, 1) }
