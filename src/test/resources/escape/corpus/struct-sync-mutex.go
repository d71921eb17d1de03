package p

import "sync"

type cache struct {
	mu sync.Mutex
	m  map[string]string
}

func newCache() *cache {
	return &cache{m: make(map[string]string)}
}

func (c *cache) put(k, v string) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}
