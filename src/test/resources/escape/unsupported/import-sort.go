// want: 6:2: unsupported: import of "sort"
package p

import (
	"fmt"
	"sort"
)

func show(xs []int) {
	sort.Ints(xs)
	fmt.Println(xs)
}
