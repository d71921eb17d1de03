package p

func f() { var x int; _ = append(x, 1) }
