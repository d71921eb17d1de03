package main

var sink []*int

type logger struct {
	lines []string
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(ps ...*int) {
	sink = ps
}

func first(prefix string, ps ...*int) *int {
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

func (l *logger) add(parts ...string) {
	l.lines = append(l.lines, parts...)
}

func main() {
	a, b := 1, 2
	println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	keep(&a)
	println(first("p", &b) != nil)
	l := &logger{}
	l.add("x", "y")
	f := sum
	println(f(7, 8))
	var g func(...int) int = sum
	println(g())
}
