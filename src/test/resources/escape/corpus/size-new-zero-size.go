package p

type marker struct{}

func markers() *marker {
	m := new(marker)
	e := &struct{}{}
	_ = e
	return m
}
