// want: 7:2: unsupported: code removed as dead that has a label or goto
package p

func f() {
	if false {
		println()
	L:
		goto L
	}
}
