// want: 4:8: unsupported: import of "unsafe"
package p

import "unsafe"

func size() uintptr {
	var x int64
	return unsafe.Sizeof(x)
}
