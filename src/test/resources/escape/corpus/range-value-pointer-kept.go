package p

var keep *int

func scan(xs []int) {
	for _, v := range xs {
		if v > 10 {
			keep = &v
		}
	}
}
