package p

type T struct{ a int }

func (t *T) P() int  { return t.a }
func (t T) V() int   { return t.a }
func (t *T) Self() *T { return t }

var G func() int
var GT *T

func mv() {
	var t T
	f := t.V
	_ = f
	pt := &t
	g := pt.P
	G = g
	var u T
	G = u.V
	var w T
	h := w.P
	_ = h()
}

func calls() int {
	var t T
	x := t.P()
	var u T
	GT = u.Self()
	p := &T{}
	return x + p.V()
}
