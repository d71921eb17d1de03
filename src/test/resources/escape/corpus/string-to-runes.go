package p

func runeCount(s string) int {
	r := []rune(s)
	return len(r)
}
