package p

func cleanup(names []string) int {
	closed := 0
	for range names {
		defer func() {
			closed++
		}()
	}
	return closed
}
