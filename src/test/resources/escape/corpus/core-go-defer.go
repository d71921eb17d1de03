package p

type T struct{ a [10]int }

func use(p *int)   {}
func keep(p *int)  { G = p }
func small(t T)    {}
func two(a, b int) {}
func noargs()      {}

var G *int

func f(n int) {
	x := 1
	go use(&x)
	y := 2
	defer use(&y)
	z := 3
	go keep(&z)
	var t T
	go small(t)
	go two(n, 3)
	go noargs()
	defer noargs()
	for i := 0; i < 2; i++ {
		w := i
		defer use(&w)
		defer func() { _ = w }()
	}
	fn := func(a int) {}
	go fn(1)
	defer fn(n)
}
