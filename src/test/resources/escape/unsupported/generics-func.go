// want: 4:11: unsupported: generic function
package p

func first[T any](xs []T) T {
	return xs[0]
}
