package p

func f() { var a [3]int; _ = a[5] }
