package p

var names []string

func record(batch []string) {
	for _, n := range batch {
		names = append(names, n)
	}
}
