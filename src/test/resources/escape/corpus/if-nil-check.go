package p

type conf struct{ level int }

func levelOf(c *conf) int {
	if c == nil {
		return 0
	}
	return c.level
}
