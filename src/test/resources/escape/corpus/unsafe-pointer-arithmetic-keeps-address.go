package p

import "unsafe"

var sink uintptr

// uintptr arithmetic on an unsafe.Pointer still carries the address (unsafeValue): x moves;
// a uintptr stored alone carries nothing, so y stays.
func second() unsafe.Pointer {
	var x [4]byte
	var y int
	sink = uintptr(unsafe.Pointer(&y))
	return unsafe.Pointer((uintptr(unsafe.Pointer(&x[0]))+1)&^0 | 0<<2)
}

func bits(f float64) uint64 {
	return *(*uint64)(unsafe.Pointer(&f))
}

func alias(p *float64) *uint64 {
	return (*uint64)(unsafe.Pointer(p))
}

func fresh(n uintptr) unsafe.Pointer {
	var q unsafe.Pointer
	if q == nil {
		q = unsafe.Pointer(n + 8)
	}
	return q
}
