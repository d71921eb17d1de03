package p

func f() int { var s string; return s }
