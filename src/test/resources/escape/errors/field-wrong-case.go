package p

type T struct{ Name string }

func f() { var t T; _ = t.name }
