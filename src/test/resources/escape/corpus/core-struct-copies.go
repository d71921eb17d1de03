package p

type Inner struct{ p *int }
type Outer struct {
	in  Inner
	arr [2]*int
}

var G *int

func copyOut(o Outer) *int {
	c := o
	return c.in.p
}

func arrElem(o *Outer) {
	G = o.arr[1]
}

func build(x int) Outer {
	return Outer{in: Inner{p: &x}}
}

func localOnly() int {
	x := 1
	o := Outer{in: Inner{p: &x}}
	return *o.in.p
}
