package p

func f() { var s string; _ = make([]int, s) }
