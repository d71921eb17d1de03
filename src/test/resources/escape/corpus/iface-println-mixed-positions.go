package p

import "fmt"

type rect struct{ w, h int }

func dump(a, b int, r rect, xs []int) {
	fmt.Println(a, "and", b)
	fmt.Println(a+1, b)
	fmt.Println(r.w, xs[0], len(xs))
	fmt.Println(rect{1, 2}, r)
}
