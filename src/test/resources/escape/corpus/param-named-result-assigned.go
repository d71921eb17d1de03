package p

func pick(a, b *string, first bool) (s *string) {
	s = b
	if first {
		s = a
	}
	return s
}
