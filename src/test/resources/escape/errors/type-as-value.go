package p

type T int

func f() { _ = T }
