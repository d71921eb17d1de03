package p

import "fmt"

func greet(name string) {
	msg := "hello, " + name
	fmt.Println(msg)
}
