package p

func answer() *int {
	return func() *int {
		v := 42
		return &v
	}()
}
