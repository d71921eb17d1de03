package p

import "fmt"

type Small struct{ a int }
type PtrOnly struct{ p *int }
type Empty struct{}

var G interface{}

func boxes(s Small, p PtrOnly, e Empty, q *Small, arr [1]*int, m map[int]int, f func()) {
	G = s
	G = p
	G = e
	G = q
	G = arr
	G = m
	G = f
	G = 0
	G = ""
	G = Empty{}
}

func printAll(s Small, n int, str string) {
	fmt.Println(s, n, str, "lit", 1.5, true, nil)
	fmt.Printf("%d\n", n)
	_ = fmt.Sprint(n)
	_ = fmt.Sprintln(str)
}
