package p

var m = map[string]int{1}
