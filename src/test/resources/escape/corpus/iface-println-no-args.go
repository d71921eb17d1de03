package p

import "fmt"

func blank() {
	fmt.Println()
}
