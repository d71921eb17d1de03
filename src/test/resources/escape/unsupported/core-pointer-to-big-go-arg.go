// want: 9:9: unsupported: go/defer argument larger than 128 bytes (the compiler moves its temporary to the heap)
package p

type T struct{ a [20]int }

func big(t T) {}

func f(t T) {
	go big(t)
}
