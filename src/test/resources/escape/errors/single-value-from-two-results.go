package p

func f() (int, int) { return 1, 2 }
func g() { x := f(); _ = x }
