package p

type user struct{ name string }

func names(us []user) []*string {
	var out []*string
	for i := range us {
		out = append(out, &us[i].name)
	}
	return out
}
