package f

import "fmt"

type T struct{ a int }

func (t *T) P() int { return t.a }

var G interface{}

func f(a, b, c string, t T, p *T, arr [4]int, s []int) {
	G = a + b + c
	G = fmt.Sprintf("%d", 3)
	G = p.P()
	G = t.P()
	G = interface{}(t)
	x := arr[1:]
	_ = x
	G = s[1:2]
	G = a[1:]
	G = 'x'
	G = 1.5
	G = 1 << 3
	G = -7
	G = true
	G = "a\tb"
	G = `raw`
	G = 0x10
	G = 2.0
	G = 1e3
}
