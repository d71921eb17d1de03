package p

type result struct{ n int }

func compute(r *result, done chan bool) {
	r.n = 42
	done <- true
}

func run() int {
	var r result
	done := make(chan bool)
	go compute(&r, done)
	<-done
	return r.n
}
