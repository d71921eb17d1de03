package p

func build() (p *int) {
	v := 7
	p = &v
	return
}
