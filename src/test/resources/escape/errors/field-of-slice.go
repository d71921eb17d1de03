package p

func f() { x := []int{1}; x.y = 2 }
