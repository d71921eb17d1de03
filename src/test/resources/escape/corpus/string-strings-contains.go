package p

import "strings"

func isGo(s string) bool {
	return strings.Contains(s, "go") || strings.HasPrefix(s, "gopher")
}
