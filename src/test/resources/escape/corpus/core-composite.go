package p

type T struct {
	a int
	p *int
}

var G interface{}
var GP *T

func lits(n int) {
	a := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	arr := [3]int{1, 2, 3}
	st := T{a: 1}
	_, _, _, _ = a, m, arr, st
	x := 5
	GP = &T{a: 1, p: &x}
	y := 6
	loc := T{p: &y}
	_ = loc
	s2 := []*int{&y}
	_ = s2
	m2 := map[int]*int{1: &y}
	_ = m2
	e := []int{}
	_ = e
	G = T{}
}

func ret() []int {
	return []int{1, 2}
}

func retMap() map[string]int {
	return map[string]int{}
}
