package p

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func total(shapes []shape) int {
	sum := 0
	for _, s := range shapes {
		sum += s.area()
	}
	return sum
}

func measure(w, h int) int {
	var s shape = rect{w, h}
	return total([]shape{s})
}
