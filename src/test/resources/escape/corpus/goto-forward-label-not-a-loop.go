package p

// A goto before its label jumps forward: the label is not a loop head, x stays on the stack.
func skip(b bool) int {
	var p *int
	x := 1
	if b {
		goto done
	}
	p = &x
	_ = p
done:
	y := 2
	q := &y
	return *q + x
}
