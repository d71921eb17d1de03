package p

type rect struct{ w, h int }

var sink interface{}

func store(a, b int) interface{} {
	var v interface{} = rect{a, b}
	sink = rect{w: a}
	sink = b
	return v
}
