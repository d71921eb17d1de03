package p

import "errors"

func fail(reason string) error {
	return errors.New(reason)
}
