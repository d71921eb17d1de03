package p

func makers() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j })
	}
	return fs
}
