package p

var last interface{}

func remember(n int) {
	last = n
}
