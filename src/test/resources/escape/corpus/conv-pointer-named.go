package p

type meters int

func length(p *int) *meters {
	m := meters(*p)
	return &m
}
