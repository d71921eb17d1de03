package p

type buffer struct {
	data []byte
}

func newBuffer(n int) *buffer {
	return &buffer{data: make([]byte, 0, n)}
}

func (b *buffer) write(p []byte) {
	b.data = append(b.data, p...)
}
