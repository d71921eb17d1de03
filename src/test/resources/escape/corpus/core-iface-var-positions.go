package p

type T struct{ a, b int }
type S string
type P struct{ f interface{} }

var G interface{}

func k() int { return 1 }

func f(t T, s []interface{}, i int, p *P, q T) {
	var a interface{} = T{1, 2}
	var b S = "x"
	var c interface{} = b
	var d interface{} = k()
	var e interface{} = t.a + i
	var g interface{} = T{i, 2}
	var h interface{} = [2]int{i, 3}
	s[i] = t
	p.f = t
	s[i+1] = 5
	G = T{q.a, 1}
	G = k()
	_, _, _, _, _, _, _ = a, b, c, d, e, g, h
}
