package p

import "sync"

func locked(mu *sync.Mutex, counter *int) {
	mu.Lock()
	defer func() {
		mu.Unlock()
	}()
	*counter++
}
