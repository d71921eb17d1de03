package p

func f() { continue }
