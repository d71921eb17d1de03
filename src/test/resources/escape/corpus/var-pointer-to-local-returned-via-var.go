package p

func alloc() *int {
	var x int
	var p *int
	p = &x
	return p
}
