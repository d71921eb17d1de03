package p

type counter interface{ inc() }

type hits struct{ n int }

func (h *hits) inc() { h.n++ }

func bump(c counter) {
	c.inc()
}

func run() int {
	h := hits{}
	bump(&h)
	return h.n
}
