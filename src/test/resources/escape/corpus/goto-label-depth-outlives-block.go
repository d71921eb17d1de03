package p

// A looping label inside a plain block raises the loop depth to the end of the enclosing
// if-body (Go's block statement does not restore it), so q assigned after the block but
// declared before it is outlived by z.
func blocky(n int) int {
	var q *int
	if n > 0 {
		{
			i := 0
		top:
			i++
			if i < n {
				goto top
			}
		}
		z := n
		q = &z
	}
	return *q
}
