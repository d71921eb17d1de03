package p

func swap(a, b *int) {
	*a, *b = *b, *a
}
