package p

func f() { var s string = 1 + 2; _ = s }
