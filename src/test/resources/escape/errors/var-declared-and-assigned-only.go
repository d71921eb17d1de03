package p

func f() { var x int; x = 1 }
