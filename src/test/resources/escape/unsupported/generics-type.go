// want: 4:11: unsupported: type parameters
package p

type stack[T any] struct {
	items []T
}
