// want: 5:7: unsupported: goto into a block (Go names the block's position in the file)
package p

func f(b bool) {
	goto in
	if b {
	in:
		println()
	}
}
