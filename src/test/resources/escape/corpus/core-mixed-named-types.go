package p

import "fmt"

type Ints []int
type Set map[string]bool
type Handler func(int) int

func (s Ints) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func (s Set) Add(k string) { s[k] = true }

func (h Handler) Call(x int) int { return h(x) }

var GH Handler

func named() int {
	s := Ints{1, 2, 3}
	set := Set{}
	set.Add("a")
	h := Handler(func(x int) int { return x + 1 })
	GH = h
	return s.Sum() + h.Call(2)
}

const Size = 1024

func typedConst() int {
	a := make([]byte, int64(Size)*64)
	b := make([]byte, Size*64+1)
	c := make([]uint16, Size*32)
	d := make([]uint16, Size*32+1)
	return len(a) + len(b) + len(c) + len(d)
}

func slice3(s []int) []int {
	return s[1:2:3]
}

func grid() [3][3]int {
	var g [3][3]int
	g[1][1] = 5
	return g
}

func ifaceOfIface(e error) interface{} {
	return e
}

func goLoop(xs []int) {
	for _, x := range xs {
		go func() { fmt.Println(x) }()
	}
}

func goLoopArg(xs []int) {
	for _, x := range xs {
		go func(v int) { fmt.Println(v) }(x)
	}
}

func captureAfter() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

func captureBeforeAssign() func() int {
	x := 1
	x = 3
	f := func() int { return x }
	return f
}

func bigCapture() func() int {
	var arr [17]int
	return func() int { return arr[3] }
}

func smallCapture() func() int {
	var arr [16]int
	return func() int { return arr[3] }
}

func copyS(dst []*int, src []*int) {
	copy(dst, src)
}

func runeLoop(s string) int {
	n := 0
	for _, r := range s {
		if r == 'a' {
			n++
		}
	}
	return n
}
