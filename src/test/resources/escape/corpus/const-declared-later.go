package p

// Package-level constants may be used before they are declared, in types and in
// other constants (iota included); an array of a constant length stays on the stack.
type T [N]int

const M = N * 2

const (
	A = B + iota
	C
)

const N = 4
const B = 10

func f() *T {
	var t T
	return &t
}

func g() []int {
	return make([]int, M)
}

func h() int {
	var a [C]int
	s := a[:]
	return len(s)
}
