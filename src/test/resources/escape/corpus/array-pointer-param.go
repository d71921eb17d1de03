package p

func clear(a *[16]byte) {
	for i := range a {
		a[i] = 0
	}
}
