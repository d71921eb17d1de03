package p

func f() { s := []int{1}; _ = s[1.5] }
