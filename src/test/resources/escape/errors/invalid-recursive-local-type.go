package p

func f() {
	type T struct{ a [1]T }
}
