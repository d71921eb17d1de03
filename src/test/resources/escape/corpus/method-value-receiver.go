package p

type point struct{ x, y int }

func (p point) dist() int { return p.x*p.x + p.y*p.y }

func far(x, y int) bool {
	pt := point{x, y}
	return pt.dist() > 100
}
