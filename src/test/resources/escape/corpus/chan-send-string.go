package p

func say(c chan string, who string) {
	c <- "hello " + who
}
