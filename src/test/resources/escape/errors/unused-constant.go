package p

func f() { 1 }
