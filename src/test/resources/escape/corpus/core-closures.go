package p

var G func() int

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func byValue() int {
	x := 1
	f := func() int { return x }
	return f()
}

func byValueEscaping() {
	x := 1
	G = func() int { return x }
}

func byRef() {
	x := 1
	G = func() int { x++; return x }
}

func calledInPlace() int {
	x := 1
	return func() int { return x * 2 }()
}

func nested() func() func() int {
	a := 1
	return func() func() int {
		b := 2
		return func() int { return a + b }
	}
}

func addrTaken() {
	x := 1
	p := &x
	G = func() int { return *p + x }
}

func big() {
	var arr [20]int
	f := func() int { return arr[0] }
	G = f
}

func param(fn func(int) int) int {
	return fn(3)
}

func useParam() int {
	k := 2
	return param(func(v int) int { return v * k })
}
