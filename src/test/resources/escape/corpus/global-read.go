package p

var limit = 10

func under(n int) bool {
	return n < limit
}
