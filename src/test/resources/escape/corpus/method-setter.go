package p

type user struct{ name *string }

func (u *user) setName(n *string) { u.name = n }

func rename(u *user) {
	n := "gopher"
	u.setName(&n)
}
