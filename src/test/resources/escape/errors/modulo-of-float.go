package p

func f() { var f float64 = 1; _ = f % 2 }
