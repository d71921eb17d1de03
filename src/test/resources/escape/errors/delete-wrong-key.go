package p

func f() { m := map[string]int{}; delete(m, 1) }
