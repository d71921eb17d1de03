package p

var seen []*int

func track(p *int) *int {
	seen = append(seen, p)
	return p
}
