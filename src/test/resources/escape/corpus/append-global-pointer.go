package p

type conn struct{ id int }

var pool []*conn

func release(c *conn) {
	pool = append(pool, c)
}
