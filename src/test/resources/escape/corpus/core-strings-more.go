package p

import "strings"

var G string

func loop(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func join(parts []string) string {
	return strings.Join(parts, ",")
}

func upper(s string) {
	G = strings.ToUpper(s)
}

func trim(s string) string {
	return strings.TrimSpace(s) + "!"
}

func bytesBack(s string) string {
	b := []byte(s)
	b[0] = 'x'
	return string(b)
}

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func idx(s string) byte {
	return s[0]
}
