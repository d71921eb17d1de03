package p

var last *int

func keepFirst(ps []*int) {
	last = ps[0]
}
