package p

func sum() int {
	var a [8]int
	s := a[:]
	for i := range s {
		s[i] = i
	}
	return s[7]
}
