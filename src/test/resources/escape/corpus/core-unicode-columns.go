package p

import "fmt"

func f(n int) {
	fmt.Println("héllo wörld", n, "日本")
	s := "ü" + fmt.Sprint(n)
	_ = s
}
