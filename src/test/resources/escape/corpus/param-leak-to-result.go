package p

func identity(p *int) *int {
	return p
}
