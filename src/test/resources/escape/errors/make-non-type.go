package p

func f() { _ = make(1) }
