package p

func f() { _ = *make([]byte, 8) }
