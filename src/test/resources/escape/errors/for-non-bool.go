package p

func f() { x := 1; for x { } }
