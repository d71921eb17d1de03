package p

type registry struct{ names []string }

var reg = &registry{}

func register(n string) {
	reg.names = append(reg.names, n)
}
