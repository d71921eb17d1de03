// want: 7:8: unsupported: atomic.AddInt64
package p

import "sync/atomic"

func inc(n *int64) {
	atomic.AddInt64(n, 1)
}
