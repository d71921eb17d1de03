package p

type box struct{ v *int }

func put(b *box, v *int) {
	b.v = v
}
