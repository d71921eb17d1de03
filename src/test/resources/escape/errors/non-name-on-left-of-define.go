package p
func f() { var a [1]int; a[0] := 1 }
