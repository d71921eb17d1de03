package p

type T struct{ s []int }

func f() { var a, b T; _ = a == b }
