package p

import "fmt"

func width(x float64) int {
	s := fmt.Sprintf("%.2f", x)
	return len(s)
}
