package p

func f() { m := map[int]int{}; _ = cap(m) }
