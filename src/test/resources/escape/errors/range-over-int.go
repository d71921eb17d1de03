package p

func f() { for i := range 10 { _ = i } }
