package p

import "fmt"

func codes(b byte, ok bool) {
	fmt.Println(b, ok)
}
