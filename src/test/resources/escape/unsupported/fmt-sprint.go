// want: 7:9: unsupported: fmt.Sprint
package p

import "fmt"

func str(n int) string {
	return fmt.Sprint(n)
}
