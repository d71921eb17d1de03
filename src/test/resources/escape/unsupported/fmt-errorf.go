// want: 7:12: unsupported: fmt.Errorf
package p

import "fmt"

func wrap(name string) error {
	return fmt.Errorf("open %s", name)
}
