package p

func f() { a := 1; b := "x"; _ = a + b }
