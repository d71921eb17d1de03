package p

func f() { panic() }
