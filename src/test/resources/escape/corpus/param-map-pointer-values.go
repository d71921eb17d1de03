package p

func save(m map[string]*int, key string, v *int) {
	m[key] = v
}
