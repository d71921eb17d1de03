package p

type stringer interface{ String() string }

type id int

func (i id) String() string { return "id" }

func name(s stringer) string {
	return s.String()
}

func use() string {
	return name(id(3))
}
