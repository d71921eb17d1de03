package p

func mark(p *int) { *p = 1 }

func run() int {
	x := 0
	defer mark(&x)
	return x
}
