package p

func f() { var s string; var i int; i = s; _ = i }
