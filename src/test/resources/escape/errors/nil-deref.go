package p

func f() { _ = *nil }
