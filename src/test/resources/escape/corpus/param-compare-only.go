package p

func same(a, b *int) bool {
	return a == b
}
