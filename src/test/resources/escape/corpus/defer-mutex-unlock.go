package p

import "sync"

var mu sync.Mutex
var total int

func add(n int) {
	mu.Lock()
	defer mu.Unlock()
	total += n
}
