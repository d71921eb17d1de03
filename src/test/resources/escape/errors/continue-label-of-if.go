package p
func f() {
L:
	if true {
		continue L
	}
}
