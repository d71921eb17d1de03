package p

func head(xs []int, n int) []int {
	if n > len(xs) {
		n = len(xs)
	}
	return xs[:n]
}
