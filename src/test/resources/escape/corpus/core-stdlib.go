package p

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type T struct{ a int }

var mu sync.Mutex

func errs(msg string) error {
	return errors.New(msg)
}

func errConst() error {
	return errors.New("boom")
}

func sprint(n int, s string) string {
	return fmt.Sprintf("%d-%s", n, s)
}

func printf(t T, p *T) {
	fmt.Printf("%v %v\n", t, p)
	fmt.Println()
	fmt.Print(t.a)
}

func locks() {
	var m sync.Mutex
	m.Lock()
	m.Unlock()
	mu.Lock()
	defer mu.Unlock()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond)
	}()
	wg.Wait()
}

func strs(s string) []string {
	up := strings.ToLower(s)
	return strings.Fields(up)
}

func rw() {
	var l sync.RWMutex
	l.RLock()
	l.RUnlock()
}
