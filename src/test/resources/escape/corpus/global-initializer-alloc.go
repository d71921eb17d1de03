package p

type entry struct{ n int }

var table = make(map[string]int)
var first = &entry{n: 1}
var names = []string{"a", "b"}

func lookup(k string) int {
	return table[k] + first.n + len(names)
}
