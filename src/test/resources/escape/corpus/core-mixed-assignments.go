package p

type S struct {
	buf  [256]byte
	next *S
}

var GS *S

func bigStruct() *S {
	s := S{}
	return &s
}

func methodValueBig() func() int {
	var s S
	return s.Len
}

func (s S) Len() int { return len(s.buf) }

func literalInLoop(n int) {
	for i := 0; i < n; i++ {
		p := &S{}
		GS = p
	}
}

func nilMap() map[string]int {
	var m map[string]int
	return m
}

func sliceOfStructs(n int) []S {
	out := make([]S, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, S{})
	}
	return out
}

func assignTwice() *int {
	var p *int
	a := 1
	p = &a
	b := 2
	p = &b
	return p
}

func condAddr(c bool) *int {
	x, y := 1, 2
	p := &x
	if c {
		p = &y
	}
	return p
}

func deref2(pp **int) int {
	return **pp
}

func storeInto(pp **int) {
	x := 5
	*pp = &x
}

func strConcatInLoop(xs []string) int {
	n := 0
	for _, x := range xs {
		s := x + "!"
		n += len(s)
	}
	return n
}

func incr(m map[string]int, k string) {
	m[k]++
}

func boolsAndInts(a, b int) bool {
	return a > b && b != 0 || !(a == b)
}

func unary(x int) int {
	return -x + ^x
}

func iotaConsts() int {
	const (
		A = 1 << iota
		B
		C
	)
	s := make([]int, C*8192)
	return len(s)
}
