package p

import "sync"

var once sync.Once
var table map[string]int

func get(k string) int {
	once.Do(func() {
		table = map[string]int{"a": 1}
	})
	return table[k]
}
