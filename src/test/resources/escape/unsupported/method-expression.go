// want: 9:12: unsupported: method expression
package p

type point struct{ x int }

func (p point) getX() int { return p.x }

func viaExpr(p point) int {
	f := point.getX
	return f(p)
}
