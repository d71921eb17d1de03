package p

import "fmt"

type T struct {
	a int
	q *T
}

func (t T) Val() int { return t.a }

var G interface{}

func id(x int) int { return x }

func f(t T, s []interface{}, p *T, n int, m map[string]int, ch chan int, b bool, str string) interface{} {
	s[0] = t
	p.q.a = 1
	var a interface{} = n + 1
	var c interface{} = s[0]
	var d, e interface{} = t.a, n
	_, _, _, _ = a, c, d, e
	fmt.Println(id(n), t.Val(), -n, !b, m["k"], <-ch, len(s), (n+1)*2, p.q.a, (*p).a, str+"x"+str, float64(n), &t)
	G = &t
	G = (n)
	fmt.Println(n, n)
	return t.a
}

func g(t T) (r interface{}) {
	r = t
	return r
}
