package p

import "fmt"

func hello() {
	fmt.Printf("hello\n")
}
