package p

func f() { s := []int{}; s = append(s, "x"); _ = s }
