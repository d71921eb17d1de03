package p
func f() {
L:
	for {
	}
}
