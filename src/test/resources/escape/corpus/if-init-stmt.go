package p

func lookup(m map[string]*int, k string) int {
	if v, ok := m[k]; ok {
		return *v
	}
	return 0
}
