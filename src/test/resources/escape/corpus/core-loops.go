package p

var G *int

func k() {
	for i := 0; i < 3; i++ {
		z := i
		_ = &z
	}
	var p *int
	for i := 0; i < 3; i++ {
		z := i
		p = &z
	}
	_ = p
	var q *int
	for {
		w := 1
		q = &w
		break
	}
	_ = q
	n := 0
	for n < 3 {
		v := n
		n++
		G = &v
	}
}

func ranges(s []int, m map[string]int, str string, arr [4]*int) {
	var p *int
	for i, v := range s {
		_ = i
		p = &v
	}
	for k, v := range m {
		_, _ = k, v
	}
	for i, r := range str {
		_, _ = i, r
	}
	for _, x := range arr {
		G = x
	}
	_ = p
}

func chans(ch chan *int) {
	for x := range ch {
		G = x
	}
}
