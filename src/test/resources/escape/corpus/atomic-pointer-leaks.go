package p

import (
	"sync/atomic"
	"unsafe"
)

var head unsafe.Pointer

type node struct{ v int }

func push(v int) {
	n := node{v: v}
	old := atomic.LoadPointer(&head)
	if !atomic.CompareAndSwapPointer(&head, old, unsafe.Pointer(&n)) {
		atomic.StorePointer(&head, unsafe.Pointer(&n))
	}
}

func swap(p *unsafe.Pointer, x *int) unsafe.Pointer {
	return atomic.SwapPointer(p, unsafe.Pointer(x))
}
