// want: 5:11: unsupported: comparison of an interface with a non-interface value
package p

func eq(v interface{}, n int) bool {
	return v == n
}
