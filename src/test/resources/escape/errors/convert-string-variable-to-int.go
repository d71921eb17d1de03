package p

func f() { var s string; _ = int(s) }
