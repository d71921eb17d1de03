package p

func deref(pp **int) *int {
	return *pp
}
