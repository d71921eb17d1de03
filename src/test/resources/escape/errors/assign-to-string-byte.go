package p

func f() { s := "abc"; s[0] = 'x' }
