package p

type T struct{ a int }

func f() { m := map[int]T{}; m[1].a = 2 }
