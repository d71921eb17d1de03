package p

func count(m map[string]int, key string) int {
	m[key]++
	return m[key]
}
