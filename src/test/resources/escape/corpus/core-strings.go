package p

import "strings"

var GS string

func conv(s string, b []byte) {
	bs := []byte(s)
	_ = bs
	str := string(b)
	_ = str
	GS = string(b)
	x := []byte("hello")
	_ = x
	c := s + "x"
	_ = c
	GS = s + "y" + s
	d := strings.ToUpper(s)
	GS = d
	e := strings.Split(s, ",")
	_ = e
	f := strings.Contains(s, "a")
	_ = f
	g := strings.Join(e, "-")
	_ = g
}

func retConcat(a, b string) string { return a + b }
func retBytes(s string) []byte      { return []byte(s) }
func sub(s string) string           { return s[1:] }
