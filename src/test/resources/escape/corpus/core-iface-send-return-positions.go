package p

type T struct{ a int }

func sends(ch chan interface{}, t T, n int, s []int) {
	ch <- n + 1
	ch <- t.a
	ch <- s[0]
	ch <- T{n}
	ch <- "x"
}

func rets(t T, n int) (interface{}, interface{}) {
	return t.a + n, T{n}
}

func elems(t T, n int, s []int) []interface{} {
	return []interface{}{t.a, n + 1, s[1], T{}, "k", n}
}

func mapElems(n int, t T) map[string]interface{} {
	return map[string]interface{}{"a": n + 1, "b": t.a, "c": t}
}

func structElems(n int) interface{} {
	type_ := struct{ v, w interface{} }{n * 2, n}
	return type_.v
}
