package p

type opts struct {
	name  string
	retry int
}

func runner(o opts) func() string {
	return func() string { return o.name }
}
