package p

func lookup() *[3]string {
	return &[3]string{"a", "b", "c"}
}
