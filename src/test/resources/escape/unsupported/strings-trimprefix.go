// want: 7:16: unsupported: strings.TrimPrefix
package p

import "strings"

func path(s string) string {
	return strings.TrimPrefix(s, "/")
}
