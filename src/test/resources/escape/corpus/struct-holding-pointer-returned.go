package p

type ref struct{ p *int }

func make5() ref {
	x := 5
	return ref{p: &x}
}
