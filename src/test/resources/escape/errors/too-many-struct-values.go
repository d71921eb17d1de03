package p

type T struct{ a int }
func f() { t := T{1, 2}; _ = t }
