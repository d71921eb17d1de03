package p

func f() { var x uint8 = 1; var y int = x; _ = y }
