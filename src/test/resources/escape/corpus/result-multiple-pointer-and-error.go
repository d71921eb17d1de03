package p

import "errors"

type conn struct{ addr string }

func dial(addr string) (*conn, error) {
	if addr == "" {
		return nil, errors.New("empty address")
	}
	return &conn{addr: addr}, nil
}
