package p

type stats struct{ hits, misses int }

func fresh() *stats {
	return new(stats)
}

func scratch() int {
	s := new(stats)
	s.hits++
	return s.hits
}
