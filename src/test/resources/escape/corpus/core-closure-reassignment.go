package p

var GF func() int

func reassignedBefore() {
	x := 1
	x = 2
	GF = func() int { return x }
}

func reassignedInLoopBefore(n int) {
	x := 1
	for i := 0; i < n; i++ {
		x = i
	}
	GF = func() int { return x }
}

func capturedInLoop(n int) {
	x := 1
	x = 5
	for i := 0; i < n; i++ {
		GF = func() int { return x }
	}
}

func reassignedAfterInClosure() {
	x := 1
	f := func() int { return x }
	g := func() { x = 3 }
	g()
	GF = f
}

func addrAfter() {
	x := 1
	GF = func() int { return x }
	p := &x
	*p = 2
}

func twoClosures() (func() int, func()) {
	x := 0
	return func() int { return x }, func() { x++ }
}

func paramReassigned(n int) func() int {
	n = n * 2
	return func() int { return n }
}

func rangeVarCapture(xs []int) {
	for i := range xs {
		GF = func() int { return i }
	}
}

func nestedReassign() func() func() int {
	x := 1
	return func() func() int {
		x = 2
		return func() int { return x }
	}
}
