package p

type I interface{ M(int) }

func f(i I) { i.M("x") }
