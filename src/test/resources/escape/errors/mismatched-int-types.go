package p

func f() { var a int32; var b int64; _ = a + b }
