// want: 8:8: unsupported: goto over a variable declaration (Go names the declaration's position in the file)
package p

// A goto before its label jumps forward: the label is not a loop head, x stays on the stack.
func skip(b bool) int {
	var p *int
	if b {
		goto done
	}
	x := 1
	p = &x
	_ = p
done:
	y := 2
	q := &y
	return *q
}
