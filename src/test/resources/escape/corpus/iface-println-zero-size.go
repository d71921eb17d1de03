package p

import "fmt"

type empty struct{}

func show() {
	var e empty
	fmt.Println(e, struct{}{})
}
