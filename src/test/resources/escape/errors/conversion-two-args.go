package p

func f() { _ = int(1, 2) }
