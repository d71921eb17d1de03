package p

func f() { var m map[string]int; m[1] = 2 }
