package p

func text(b []byte) string {
	return string(b)
}
