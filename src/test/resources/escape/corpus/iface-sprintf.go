package p

import "fmt"

func label(id int) string {
	return fmt.Sprintf("item-%d", id)
}
