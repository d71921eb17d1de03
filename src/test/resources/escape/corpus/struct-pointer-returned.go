package p

type point struct{ x, y int }

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}
