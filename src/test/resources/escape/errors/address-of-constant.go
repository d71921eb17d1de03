package p

func f() { _ = &1 }
