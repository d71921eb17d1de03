package p

func f() { var s string; p := &s[0]; _ = p }
