package p

func has(m map[string]bool, k string) bool {
	_, ok := m[k]
	return ok
}
