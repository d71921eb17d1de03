package p

type rect struct{ w, h int }

func area(r rect) int {
	return r.w * r.h
}

func grow(r *rect, d int) {
	r.w += d
	r.h += d
}
