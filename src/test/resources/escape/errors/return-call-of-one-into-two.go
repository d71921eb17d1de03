package p

func g() int { return 1 }

func f() (int, int) { return g() }
