// want: 8:3: unsupported: fallthrough
package p

func level(n int) int {
	t := 0
	switch n {
	case 2:
		fallthrough
	case 1:
		t++
	}
	return t
}
