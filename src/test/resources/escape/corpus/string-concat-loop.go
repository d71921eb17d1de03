package p

func join(parts []string) string {
	out := ""
	for _, p := range parts {
		out += p + ","
	}
	return out
}
