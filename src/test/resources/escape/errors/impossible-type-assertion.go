package p

type I interface{ M() }

type T struct{}

func f(i I) { _ = i.(T) }
