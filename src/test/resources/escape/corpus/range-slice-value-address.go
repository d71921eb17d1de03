package p

type user struct{ name string }

func names(us []user) []*string {
	var out []*string
	for _, u := range us {
		out = append(out, &u.name)
	}
	return out
}
