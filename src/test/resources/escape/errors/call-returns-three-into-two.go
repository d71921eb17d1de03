package p

func f() (int, int, int) { return 1, 2, 3 }

func g() { a, b := f(); _, _ = a, b }
