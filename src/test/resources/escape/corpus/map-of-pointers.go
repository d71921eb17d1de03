package p

type account struct{ balance int }

func open(names []string) map[string]*account {
	m := make(map[string]*account)
	for _, n := range names {
		m[n] = &account{}
	}
	return m
}
