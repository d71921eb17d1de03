package p

type T struct {
	p *int
	s []int
}

var G *int
var GS []int

func f(p *int, q []int, s string, m map[string]*int) (r *int, err error) {
	r = p
	return
}

func g(a, b *int) (*int, *int) { return b, a }

func h(x **int) *int {
	y := *x
	return y
}

func content(t *T) { G = t.p }
func field(t T) *int { return t.p }
func sl(t *T) []int  { return t.s[1:] }
func sl2(s []int)    { GS = s }
func idx(s []*int) *int { return s[0] }
func unnamed(*int, int) {}
func blank(_ *int)       {}
func scalars(a int, b bool, c float64) int {
	if b {
		return a
	}
	return int(c)
}
