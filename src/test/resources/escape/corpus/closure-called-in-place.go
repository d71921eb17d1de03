package p

func total(xs []int) int {
	sum := 0
	func() {
		for _, x := range xs {
			sum += x
		}
	}()
	return sum
}
