package p

func factory() func() *int {
	return func() *int {
		v := 0
		return &v
	}
}
