package p

import "fmt"

type T struct{ a, b int }
type I interface{ M() }

func (t T) M() {}

var G interface{}
var GI I

func sink(x interface{}) {}
func sinkI(x I)          {}

func r1(t T) interface{} { return t }
func r2(t T) (interface{}, int) {
	return t, 1
}
func pos(t T, s []int, p *T, n int) {
	sink(t)
	sink(t.a)
	sink(s[0])
	sink(*p)
	sink(p.a)
	sink(n + 1)
	sink(T{1, 2})
	sink("lit")
	sink(nil)
	sinkI(t)
	G = t.a
	G = s[1]
	G, GI = t, t
	var x interface{} = n
	var y, z interface{} = n, t
	_, _, _ = x, y, z
	ch := make(chan interface{}, 1)
	ch <- n
	arr := []interface{}{n, t}
	_ = arr
	m := map[string]interface{}{"k": n}
	_ = m
	st := struct{ v interface{} }{v: n}
	_ = st
	fmt.Println(t, n+1, s[0], p)
}
