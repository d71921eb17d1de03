package p

import "fmt"

type T struct{ a, b int }

func f() *int {
	x := 1
	return &x
}

func g(p *int) *int { return p }
func h(p *int) int  { return *p }
func k(s []int) int { return s[0] }
func l(s string) string { return "a" + s }
func m(n int) []int { return make([]int, n) }
func n2() *T { return &T{1, 2} }
func o(s string) int { b := []byte(s); return len(b) }
func q(x int) { fmt.Println(x, "a", 3) }
func r() func() int { y := 0; return func() int { y++; return y } }
func s2() { var z [65537]byte; _ = z; var w [65536]byte; _ = w }
func t() { a := new([65537]byte); _ = a; b := new([65536]byte); _ = b }
func u(n int) { _ = make([]byte, 65536); _ = make([]byte, 65537); }
var G *int
func v(p *int) { G = p }
func w(p **int) { G = *p }
func x1(p **int) *int { return *p }
