package p

import "strings"

func words(line string) int {
	parts := strings.Split(line, " ")
	return len(parts)
}
