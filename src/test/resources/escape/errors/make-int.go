package p

func f() { _ = make(int) }
