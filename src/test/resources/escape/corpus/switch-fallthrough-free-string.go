package p

func code(s string) int {
	switch s {
	case "GET", "HEAD":
		return 1
	case "POST":
		return 2
	}
	return 0
}
