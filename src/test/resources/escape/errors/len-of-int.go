package p

func f() { _ = len(1) }
