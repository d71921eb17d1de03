package main

var global *[2]int

func returned(x []int) *[1]int {
	return (*[1]int)(x)
}

type pair [2]int

func stored(x []int) {
	global = (*[2]int)(x)
}

func local(x []int) int {
	p := (*pair)(x)
	return p[0]
}

func main() {
	s := make([]int, 2)
	println(returned(s)[0], local(s))
	stored([]int{1, 2})
}
