package p

// Labels belong to their function: the closure's loop head does not deepen the outer body.
func retrier(n int) func() *int {
	var keep *int
	f := func() *int {
		i := 0
	again:
		v := i
		keep = &v
		i++
		if i < n {
			goto again
		}
		return keep
	}
	x := 0
	keep = &x
	return f
}
