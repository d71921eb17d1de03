package p

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name }

type Cat struct{ lives int }

func (c Cat) Sound() string { return "meow" }

var zoo []Animal

func adopt(name string) Animal {
	d := &Dog{name: name}
	return d
}

func keep(a Animal) { zoo = append(zoo, a) }

func speak(a Animal) string { return a.Sound() }

func local() string {
	c := Cat{lives: 9}
	var a Animal = c
	return a.Sound()
}

func shadow(x int) *int {
	if x > 0 {
		x := x * 2
		return &x
	}
	return nil
}

func paramCapture(n int) func() int {
	return func() int { return n }
}

func paramCaptureRef(n int) func() int {
	return func() int { n++; return n }
}

func errWrap(ok bool) error {
	if !ok {
		return errors.New("bad")
	}
	return nil
}

func describe(v interface{}) string {
	return fmt.Sprintf("%v", v)
}

func multi() (int, error) {
	return 1, nil
}

func useMulti() int {
	n, err := multi()
	if err != nil {
		return 0
	}
	return n
}

func swInit(xs []int) *int {
	switch n := len(xs); {
	case n > 2:
		return &xs[0]
	default:
		v := 0
		return &v
	}
}

func closureRec() int {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	return fib(10)
}

func chanOfPtr() *int {
	ch := make(chan *int, 1)
	x := 1
	ch <- &x
	return <-ch
}

func mapOfSlices() map[string][]int {
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	return m
}

func arrayOfPtr() [2]*int {
	a, b := 1, 2
	return [2]*int{&a, &b}
}

func ptrToArr(p *[3]int) []int {
	return p[:]
}
