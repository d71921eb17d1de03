package p

func weekday(d int) string {
	names := map[int]string{0: "sun", 1: "mon", 2: "tue"}
	return names[d]
}
