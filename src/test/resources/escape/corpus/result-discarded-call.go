package p

func alloc() *int {
	return new(int)
}

func use() int {
	p := alloc()
	return *p
}
