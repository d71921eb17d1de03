package p

var sink **int

// The label heads a loop built from goto: what follows it is one loop level deeper, so a
// pointer stored in a variable declared before the label outlives the allocation.
func collect(n int) *int {
	var last *int
	var keep **int
	i := 0
again:
	x := i
	last = &x
	keep = &last
	i++
	if i < n {
		goto again
	}
	sink = keep
	return last
}
