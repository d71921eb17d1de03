package p

type config struct {
	name string
	port int
}

func portOf() *int {
	var c config
	c.port = 80
	return &c.port
}
