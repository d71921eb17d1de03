package p

type T struct{ a int }
func f() { t := T{b: 1}; _ = t }
