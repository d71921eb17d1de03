package p

func f() { x := 1; x <- 1 }
