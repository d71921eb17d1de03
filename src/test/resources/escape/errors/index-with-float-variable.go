package p

func f() { s := []int{1}; x := 1.5; _ = s[x] }
