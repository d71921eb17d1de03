package p

func f() { if 1 { } }
