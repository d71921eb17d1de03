package p

type point struct{ x, y int }

func grid() int {
	m := map[string]point{"a": point{1, 2}, "b": point{3, 4}}
	return m["a"].x + m["b"].y
}
