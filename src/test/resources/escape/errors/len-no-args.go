package p

func f() { _ = len() }
