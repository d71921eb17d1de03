package p

import "errors"

var ErrClosed = errors.New("closed")

func closed(open bool) error {
	if !open {
		return ErrClosed
	}
	return nil
}
