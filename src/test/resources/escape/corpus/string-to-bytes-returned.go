package p

func raw(s string) []byte {
	return []byte(s)
}
