package p

func f() { s := []int{}; _ = s[-1] }
