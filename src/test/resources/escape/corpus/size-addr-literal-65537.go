package p

func sum() int {
	a := &[65537]byte{}
	total := 0
	for i := 0; i < len(a); i++ {
		total += int(a[i])
	}
	return total
}
