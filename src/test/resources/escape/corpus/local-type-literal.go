package p

func f() {
	type T struct{ a int }
	_ = T{}
}
