package p

var sink []*int

func pick(xs []int) {
	for i := range xs {
	sw:
		switch {
		case xs[i] > 0:
			if xs[i] > 10 {
				break sw
			}
			sink = append(sink, &xs[i])
		default:
			v := -xs[i]
			sink = append(sink, &v)
		}
	}
}
