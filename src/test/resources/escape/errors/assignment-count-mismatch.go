package p

func f() { x, y := 1; _, _ = x, y }
