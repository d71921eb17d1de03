package p

func f() { x := 1; _ = x[1:] }
