package p

import "sync"

type worker struct {
	wg *sync.WaitGroup
	id int
}

func (w *worker) run() {
	w.wg.Done()
}

func startAll(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		w := &worker{wg: &wg, id: i}
		wg.Add(1)
		go w.run()
	}
	wg.Wait()
}
