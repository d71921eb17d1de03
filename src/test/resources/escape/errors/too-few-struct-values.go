package p

type T struct{ a, b int }

var t = T{1}
