package p

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func count(k int) int {
	var c counter
	for i := 0; i < k; i++ {
		c.inc()
	}
	return c.n
}
