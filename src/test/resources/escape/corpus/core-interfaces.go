package p

import "fmt"

type Shape interface {
	Area() int
}

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Big struct{ a [100]int }

func (b *Big) Area() int { return b.a[0] }

var GS Shape

func areas(q Sq) int {
	var s Shape = q
	return s.Area()
}

func call(s Shape) int { return s.Area() }

func useCall() int {
	q := Sq{2}
	return call(q)
}

func ptrImpl() Shape {
	b := &Big{}
	return b
}

func store(q Sq) {
	GS = q
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func fail(m string) error {
	return &myErr{m}
}

func wrap(err error) string {
	return fmt.Sprint(err)
}

type Stringer interface{ String() string }

type name string

func (n name) String() string { return string(n) }

func str(n name) Stringer { return n }
