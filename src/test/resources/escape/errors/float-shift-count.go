package p

func f() { x := 1 << 1.5; _ = x }
