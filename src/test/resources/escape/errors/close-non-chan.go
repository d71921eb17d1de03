package p

func f() { x := 1; close(x) }
