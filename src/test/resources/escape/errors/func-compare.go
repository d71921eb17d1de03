package p

func f() { g := func() {}; _ = g == g }
