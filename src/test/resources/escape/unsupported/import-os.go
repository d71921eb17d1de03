// want: 4:8: unsupported: import of "os"
package p

import "os"

func home() string {
	return os.Getenv("HOME")
}
