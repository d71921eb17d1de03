package p

var keep *int

func store(p *int) {
	keep = p
}

func forward(p *int) {
	store(p)
}

func local(p *int) int {
	return *p + 1
}

func caller(p *int) int {
	return local(p)
}
