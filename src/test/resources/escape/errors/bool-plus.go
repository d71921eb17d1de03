package p

func f() { _ = true + false }
