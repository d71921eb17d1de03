// want: 4:11: unsupported: generic type
package p

type stack[T any] struct {
	items []T
}
