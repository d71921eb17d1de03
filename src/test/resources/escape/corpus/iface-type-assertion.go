package p

func asInt(v interface{}) int {
	n, ok := v.(int)
	if !ok {
		return 0
	}
	return n
}
