package p

import "strings"

func normalize(s string) string {
	s = strings.TrimSpace(s)
	return strings.ToLower(s)
}
