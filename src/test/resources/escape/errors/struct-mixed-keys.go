package p

type T struct{ a, b int }

var t = T{a: 1, 2}
