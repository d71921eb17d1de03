package p

var m = map[string]int{"a": 1, "a": 2}
