// want: 8:8: unsupported: method value of an interface
package p

type I interface{ M() }

func f(i I) func() {
	_ = 1
	g := i.M
	return g
}
