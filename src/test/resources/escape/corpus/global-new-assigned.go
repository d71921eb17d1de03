package p

var counter *int

func reset() {
	counter = new(int)
}
