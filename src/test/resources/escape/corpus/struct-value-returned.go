package p

type point struct{ x, y int }

func newPoint(x, y int) point {
	return point{x: x, y: y}
}
