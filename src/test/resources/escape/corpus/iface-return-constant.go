package p

func zero() interface{} {
	return 0
}

func word() interface{} {
	return "word"
}
