package p

type parseError struct {
	line int
}

func (e *parseError) Error() string { return "parse error" }

func parse(s string) error {
	if s == "" {
		return &parseError{line: 1}
	}
	return nil
}
