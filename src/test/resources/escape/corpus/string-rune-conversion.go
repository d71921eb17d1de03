package p

func letter(r rune) string {
	return string(r)
}
