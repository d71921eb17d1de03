package p

type I interface{ M() }

type T struct{}

func (t *T) M() {}

func f() I { return T{} }
