// want: 7:15: unsupported: unsafe.Sizeof
package p

import "unsafe"

func size() uintptr {
	return unsafe.Sizeof(0)
}
