package p

func f() { var x int = 1.5; _ = x }
