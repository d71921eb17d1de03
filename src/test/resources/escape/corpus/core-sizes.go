package p

const N = 1 << 16

func sizes(n int) {
	var a [10485760]byte
	_ = a
	var b [10485761]byte
	_ = b
	c := make([]int, 8192)
	_ = c
	d := make([]int, 8193)
	_ = d
	e := make([]byte, N+1)
	_ = e
	f := &[65537]byte{}
	_ = f
	g := &[65536]byte{}
	_ = g
	h := make([]byte, n)
	_ = h
	i := make([]byte, 10, n)
	_ = i
	j := make([]byte, n, 10)
	_ = j
	k := make([]struct{}, 1<<20)
	_ = k
	l := new([8192]int)
	_ = l
	m := new([8193]int)
	_ = m
	o := make([]byte, N)
	_ = o
}
