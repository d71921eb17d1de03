package p

func double(n int) (out int) {
	defer func() {
		out *= 2
	}()
	out = n
	return
}
