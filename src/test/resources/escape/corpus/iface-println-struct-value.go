package p

import "fmt"

type point struct{ x, y int }

func show() {
	pt := point{1, 2}
	fmt.Println(pt)
}
