package p

type sizer interface{ size() int }

type file struct{ n int }

func (f *file) size() int { return f.n }

func total(items []sizer) int {
	t := 0
	for _, it := range items {
		t += it.size()
	}
	return t
}

func one() int {
	f := &file{n: 3}
	return total([]sizer{f})
}
