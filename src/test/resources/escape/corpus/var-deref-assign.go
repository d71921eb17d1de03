package p

func inc(pp **int) {
	v := **pp + 1
	*pp = &v
}
