package p

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s }

type Circle struct{ r *int }

func (c *Circle) Area() int { return *c.r }

func inClosure() func() int {
	return func() int {
		var s Shape = Sq{2}
		return s.Area()
	}
}

func ptrDevirt(r int) int {
	var s Shape = &Circle{&r}
	return s.Area()
}

func definedDevirt() int {
	s := Shape(Sq{3})
	return s.Area()
}

func notDevirt(b bool) int {
	var s Shape = Sq{1}
	if b {
		s = &Circle{}
	}
	return s.Area()
}

func a1(p *int) *int { return b1(p) }
func c1(p *int) *int { return p }
func b1(p *int) *int { return c1(p) }

func usesLater() *int {
	f := func(q *int) *int { return later(q) }
	x := 1
	return f(&x)
}

func later(q *int) *int { return q }
