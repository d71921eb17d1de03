package p

type T struct{}

func (t T) M(n int) {}

func f() { var t T; t.M("x") }
