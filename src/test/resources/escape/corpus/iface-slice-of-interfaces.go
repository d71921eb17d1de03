package p

func pack(a, b int) []interface{} {
	return []interface{}{a, b}
}
