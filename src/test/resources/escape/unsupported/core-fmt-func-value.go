// want: 7:10: unsupported: function value fmt.Println
package p

import "fmt"

func f() {
	p := fmt.Println
	p("x")
}
