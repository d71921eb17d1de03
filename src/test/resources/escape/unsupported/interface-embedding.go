// want: 8:2: unsupported: embedded interface
package p

type reader interface{ read() int }

type readCloser interface {
	close()
	reader
}
