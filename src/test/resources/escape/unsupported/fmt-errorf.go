// want: 7:9: unsupported: fmt.Errorf
package p

import "fmt"

func wrap(name string) error {
	return fmt.Errorf("open %s", name)
}
