// want: 4:11: unsupported: type parameters
package p

func first[T any](xs []T) T {
	return xs[0]
}
