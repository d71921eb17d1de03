// want: 5:2: unsupported: local type declaration
package p

func f() {
	type T struct{ a int }
	_ = T{}
}
