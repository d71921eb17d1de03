// want: 8:2: unsupported: embedded interface or type constraint
package p

type reader interface{ read() int }

type readCloser interface {
	close()
	reader
}
