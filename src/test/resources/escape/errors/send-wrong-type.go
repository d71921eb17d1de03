package p

func f() { ch := make(chan int); ch <- "s" }
