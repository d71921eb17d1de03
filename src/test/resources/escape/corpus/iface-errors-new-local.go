package p

import "errors"

func fails() bool {
	err := errors.New("boom")
	return err != nil
}
