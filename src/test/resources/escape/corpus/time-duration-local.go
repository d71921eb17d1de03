package p

import "time"

func timeout(n int) time.Duration {
	d := time.Duration(n) * time.Millisecond
	return d
}
