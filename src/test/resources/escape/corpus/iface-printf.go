package p

import "fmt"

func report(name string, score int) {
	fmt.Printf("%s scored %d\n", name, score)
}
