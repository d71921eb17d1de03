// want: 7:9: unsupported: strings.Split
package p

import "strings"

func words(s string) []string {
	return strings.Split(s, " ")
}
