package p

type blob struct {
	data [65529]byte
}

func (b blob) first() byte { return b.data[0] }

type smallBlob struct {
	data [65528]byte
}

func (b smallBlob) first() byte { return b.data[0] }

func firsts() byte {
	var b blob
	var s smallBlob
	f := b.first
	g := s.first
	return f() + g()
}
