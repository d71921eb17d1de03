package p

var last string

func save(b []byte) {
	s := string(b)
	last = s
}
