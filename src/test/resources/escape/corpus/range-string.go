package p

func spaces(s string) int {
	n := 0
	for i, r := range s {
		if r == ' ' && i > 0 {
			n++
		}
	}
	return n
}
