package p

var G interface{}
var GP interface{}

type I interface {
	M(int) string
	A()
}

func types(n int) {
	G = struct{ a int }{1}
	G = struct {
		a int
		b string
	}{n, "x"}
	GP = &struct{ p *int }{}
	fs := []func(int) string{}
	_ = fs
	ms := map[string]func() (int, error){}
	_ = ms
	cs := []chan *int{}
	_ = cs
	is := []I{}
	_ = is
	ps := new(struct{})
	_ = ps
	arr := [][2]*int{}
	_ = arr
	e := []interface{ M() }{}
	_ = e
	pp := []**int{}
	_ = pp
	ss := map[[2]int][]string{}
	_ = ss
	G = [3]float64{1, 2, 3}
	G = uint8(n)
	G = float32(n)
	G = complexNot(n)
}

func complexNot(n int) int64 { return int64(n) }
