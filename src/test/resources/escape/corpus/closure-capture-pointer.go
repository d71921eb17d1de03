package p

type config struct{ debug bool }

func logger(c *config) func(string) {
	return func(msg string) {
		if c.debug {
			println(msg)
		}
	}
}
