package p

import "time"

func later(c chan string, msg string) {
	go func() {
		time.Sleep(10 * time.Millisecond)
		c <- msg
	}()
}
