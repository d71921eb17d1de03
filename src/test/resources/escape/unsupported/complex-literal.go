// want: 5:7: unsupported: imaginary literal
package p

func rotate() complex128 {
	c := 2i
	return c * c
}
