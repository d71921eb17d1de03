// want: 5:9: unsupported: switch on an interface value
package p

func sw(v interface{}) int {
	switch v {
	case nil:
		return 0
	}
	return 1
}
