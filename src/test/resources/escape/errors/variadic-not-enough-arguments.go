package p

func f(a int, b ...string) {}

func g() { f() }
