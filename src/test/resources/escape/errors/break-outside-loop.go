package p
func f() {
	if true { break }
}
