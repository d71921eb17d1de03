package p

type T struct{ a int }

var t = T{a: 1, a: 2}
