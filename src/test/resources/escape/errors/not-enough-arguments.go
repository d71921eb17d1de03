package p

func f(a, b int) {}
func g() { f(1) }
