package p

type button struct {
	label   string
	onClick func() string
}

func newButton(label string) *button {
	b := &button{label: label}
	b.onClick = func() string { return b.label }
	return b
}
