package p

func f() { _ = len("a", "b") }
