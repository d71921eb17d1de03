package p
func f() {
	goto Q
}
