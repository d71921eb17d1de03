package p

func prune(m map[string]int, min int) {
	for k, v := range m {
		if v < min {
			delete(m, k)
		}
	}
}
