package p

func exact() int {
	var a [10485760]byte
	a[0] = 1
	return int(a[0])
}

func over() int {
	var b [10485761]byte
	b[0] = 1
	return int(b[0])
}

func overInt() int {
	var c [1310721]int64
	return int(c[5])
}

func literalOver() int {
	d := [10485761]byte{}
	return int(d[1])
}
