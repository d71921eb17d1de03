package p

const K = 64 * 1024

func capConst(n int) int {
	a := make([]byte, n, 100)
	b := make([]byte, 0, K)
	c := make([]byte, 0, K+1)
	d := make([]int32, 16384)
	e := make([]int32, 16385)
	f := make([]struct{}, 1000000)
	return len(a) + len(b) + len(c) + len(d) + len(e) + len(f)
}

func mapsAndChans(n int) int {
	m := make(map[int]int, n)
	ch := make(chan int, n)
	return len(m) + cap(ch)
}
