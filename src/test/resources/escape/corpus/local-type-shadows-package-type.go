package p

type T struct{ p *int }

var global T

func inner(x *int) interface{} {
	type T struct {
		q *int
		n [4]int
	}
	t := T{q: x}
	return t
}

func outer(x *int) {
	global = T{p: x}
}
