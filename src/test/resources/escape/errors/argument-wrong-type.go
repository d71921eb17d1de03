package p

func f(a int) {}

func g() { var s string; f(s) }
