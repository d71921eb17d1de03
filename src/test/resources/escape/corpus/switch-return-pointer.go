package p

type level struct{ name string }

func pick(n int) *level {
	var l level
	switch n {
	case 0:
		l.name = "debug"
	case 1:
		l.name = "info"
	default:
		return nil
	}
	return &l
}
