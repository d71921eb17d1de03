package p

func f(n int) {}

func g() { f("x") }
