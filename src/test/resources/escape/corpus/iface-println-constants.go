package p

import "fmt"

func banner() {
	fmt.Println("version", 1, 2.5, true)
}
