package p

func f() { x := 1; delete(x, 1) }
