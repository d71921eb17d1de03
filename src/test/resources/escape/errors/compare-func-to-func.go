package p

func f() { _ = f == f }
