package p

import "time"

type event struct {
	name string
	at   time.Time
}

func stamp(name string) *event {
	return &event{name: name, at: time.Now()}
}
