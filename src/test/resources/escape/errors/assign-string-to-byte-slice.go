package p

func f() { var b []byte; b = "x"; _ = b }
