package p

func withSuffix(b []byte, s string) []byte {
	return append(b, s...)
}
