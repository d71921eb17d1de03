package p

type point struct{ x, y int }

func grid() int {
	m := map[string]point{"a": {1, 2}, "b": {3, 4}}
	return m["a"].x + m["b"].y
}
