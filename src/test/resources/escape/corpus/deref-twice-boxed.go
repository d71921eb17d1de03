package main

var sink interface{}

type holder struct {
	p **int
}

func twice(i **int) {
	sink = **i
}

func throughField(h holder) {
	sink = **h.p
}

func main() {
	n := 1
	p := &n
	twice(&p)
	throughField(holder{&p})
}
