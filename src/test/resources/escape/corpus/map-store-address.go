package p

func index(keys []string) int {
	m := map[string]*int{}
	for i, k := range keys {
		v := i
		m[k] = &v
	}
	return len(m)
}
