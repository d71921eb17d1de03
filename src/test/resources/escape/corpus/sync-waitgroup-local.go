package p

import "sync"

func parallel(xs []int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for _, x := range xs {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			sum += v
			mu.Unlock()
		}(x)
	}
	wg.Wait()
	return sum
}
