package p
func f() {
	for { break Z }
}
