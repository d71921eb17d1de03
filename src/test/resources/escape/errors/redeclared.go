package p
func f() { var x int; var x int; _ = x }
