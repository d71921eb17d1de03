package p

import "strings"

func csv(fields []string) string {
	return strings.Join(fields, ",")
}

func shout(s string) string {
	return strings.ToUpper(s) + "!"
}
