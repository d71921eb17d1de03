package p

import "fmt"

func describe(xs []int) string {
	switch n := len(xs); n {
	case 0:
		return "empty"
	case 1:
		return "one"
	default:
		return fmt.Sprintf("%d items", n)
	}
}
