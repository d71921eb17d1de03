package p

func f() { go 1 }
