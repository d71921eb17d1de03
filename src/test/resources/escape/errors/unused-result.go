package p

func f() int { return 1 }

func g() { x := 1; x + 1; _ = f }
