// want: 8:2: unsupported: embedded field
package p

type base struct{ id int }

type user struct {
	name string
	base
}
