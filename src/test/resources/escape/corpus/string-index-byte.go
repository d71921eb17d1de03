package p

func first(s string) byte {
	if len(s) == 0 {
		return 0
	}
	return s[0]
}
