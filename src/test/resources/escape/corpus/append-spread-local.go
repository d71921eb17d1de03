package p

func joined(a, b []string) int {
	all := make([]string, 0, 8)
	all = append(all, a...)
	all = append(all, b...)
	return len(all)
}
