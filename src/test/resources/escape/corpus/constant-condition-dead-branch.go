package main

var g *int

const debug = false

func branches(x, y, z int) {
	if false {
		g = &x
	} else {
		g = &y
	}
	if debug && len("abc") > 1 {
		g = &z
	}
	if true || x > 0 {
		println(x)
	} else {
		g = &x
	}
}

func tail(a, b int) {
	if !debug {
		g = &a
		return
	}
	g = &b
}

func constantSwitch(p, q, r int) {
	switch 2 {
	case 1:
		g = &p
	case 2:
		g = &q
	default:
		g = &r
	}
	switch {
	case debug:
		g = &p
	default:
		println(r)
	}
}

func onlyDead(n int) {
	if false {
		g = &n
	}
	for false {
		g = &n
	}
}

func main() {
	branches(1, 2, 3)
	tail(1, 2)
	constantSwitch(1, 2, 3)
	onlyDead(4)
}
