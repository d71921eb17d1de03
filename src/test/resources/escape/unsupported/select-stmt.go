// want: 5:2: unsupported: select statement
package p

func either(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}
