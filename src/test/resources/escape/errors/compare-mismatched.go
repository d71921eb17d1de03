package p

func f() { var a int; var s string; _ = a == s }
