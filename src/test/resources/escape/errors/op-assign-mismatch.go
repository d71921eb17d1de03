package p

func f() { s := "a"; s += 1 }
