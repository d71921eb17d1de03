package p

func f() { const c = 1; c = 2 }
