package p

type ref struct{ p *int }

func read() int {
	x := 5
	r := ref{p: &x}
	return *r.p
}
