package p

type N int

func f() { var s string; _ = N(1) + s }
