package p

func f() { _ = int("s") }
