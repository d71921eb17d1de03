package p

import "fmt"

func show() {
	x := 7
	fmt.Println(&x)
}
