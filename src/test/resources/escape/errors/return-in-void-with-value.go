package p

func f() { return nil }
