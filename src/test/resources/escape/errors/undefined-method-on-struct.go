package p
type T struct{}
func f() { var t T; t.M() }
