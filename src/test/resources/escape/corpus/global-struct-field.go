package p

type config struct {
	name *string
	port int
}

var cfg config

func setName(n string) {
	cfg.name = &n
}

func setPort(p int) {
	cfg.port = p
}
