package p

import "fmt"

func show(n int) {
	fmt.Println(n)
}
