package p

func f() { s := "a"; _ = s * 2 }
