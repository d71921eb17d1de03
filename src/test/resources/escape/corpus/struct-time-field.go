package p

import "time"

type event struct {
	name    string
	timeout time.Duration
}

func newEvent(name string, ms int) *event {
	return &event{name: name, timeout: time.Duration(ms) * time.Millisecond}
}
