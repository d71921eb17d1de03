package p

func notify(c chan string, who string) {
	go func() {
		c <- who
	}()
}
