// want: 9:1: unsupported: label defined twice (Go names the first definition's position in the file)
package p

func f(n int) {
L:
	if n > 0 {
		goto L
	}
L:
	goto L
}
