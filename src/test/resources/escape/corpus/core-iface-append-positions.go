package p

type T struct{ a int }

func (t T) V() int              { return t.a }
func (t *T) Put(x interface{}) {}

var GI []interface{}
var GF func() int

func appends(n int, t T, s string) {
	GI = append(GI, n)
	GI = append(GI, "lit", n, t.a)
	GI = append(GI, t, s+"x", n)
}

func methodArgs(p *T, n int) {
	p.Put(n)
	p.Put(3)
	p.Put(p.a)
	p.Put(n + 1)
}

func ptrValueMethod(p *T) {
	GF = p.V
}

func mixedDefine(n int) interface{} {
	var x interface{}
	x, y := n, 2
	_ = y
	return x
}
