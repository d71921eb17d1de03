package p

func inPlaceResult() *int {
	x := 1
	p := func() *int { return &x }()
	return p
}

func inPlaceLocal() int {
	x := 1
	p := func() *int { return &x }()
	return *p
}

func storedCall() int {
	y := 2
	get := func() *int { return &y }
	return *get()
}

func passParam(p *int) *int {
	return func(q *int) *int { return q }(p)
}

func closureParamLeak() func(*int) {
	return func(q *int) { G = q }
}

var G *int

func nestedInPlace() int {
	a := 1
	return func() int {
		return func() int { return a }()
	}()
}

func worker(jobs chan *int, done chan bool) {
	for j := range jobs {
		G = j
	}
	done <- true
}

func spawn() {
	jobs := make(chan *int)
	done := make(chan bool)
	go worker(jobs, done)
	v := 1
	jobs <- &v
	close(jobs)
	<-done
}

func retClosureParam(s []int) func() int {
	return func() int { return len(s) }
}

func modifyCaptured() int {
	count := 0
	inc := func() { count++ }
	inc()
	inc()
	return count
}

func deferModify() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n
}

func panicky(p *int) {
	if p == nil {
		panic("nil")
	}
}

func recovering() (err interface{}) {
	defer func() {
		err = recover()
	}()
	return nil
}
