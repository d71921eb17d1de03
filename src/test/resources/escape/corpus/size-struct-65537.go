package p

type frame struct {
	id   int
	data [65529]byte
}

type small struct {
	id   int
	data [65528]byte
}

func frames() int {
	f := &frame{id: 1}
	s := &small{id: 2}
	return f.id + s.id
}
