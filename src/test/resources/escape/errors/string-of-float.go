package p

func f() { var x float64; _ = string(x) }
