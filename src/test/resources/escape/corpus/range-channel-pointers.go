package p

var latest *int

func watch(c chan *int) {
	for p := range c {
		latest = p
	}
}
