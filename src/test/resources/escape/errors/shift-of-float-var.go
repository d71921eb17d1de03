package p

func f() { var x float64; _ = x << 1 }
