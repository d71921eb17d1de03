package p

var slots [4]*int

func fill(i int) {
	v := i * i
	slots[i] = &v
}
