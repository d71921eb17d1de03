// want: 4:25: unsupported: blank result parameter
package p

func second(xs []*int) (_ *int, ok bool) {
	if len(xs) < 2 {
		return nil, false
	}
	return xs[1], true
}
