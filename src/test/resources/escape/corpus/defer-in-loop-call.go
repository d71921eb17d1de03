package p

func release(p *int) { *p = 0 }

func releaseAll(n int) {
	for i := 0; i < n; i++ {
		v := i
		defer release(&v)
	}
}
