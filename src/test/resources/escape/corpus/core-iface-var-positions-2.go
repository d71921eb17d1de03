package p

type T struct{ a, b int }

var G interface{}

func f(t T, s []int, p *T, m map[string]int, i int, bs []byte, ch chan int, arr [3]int) {
	var a interface{} = s[1:]
	var b interface{} = *p
	var c interface{} = m["k"]
	var d interface{} = -i
	var e interface{} = string(bs)
	var g interface{} = <-ch
	var h interface{} = arr[i]
	var j interface{} = p.a
	var k interface{} = len(s)
	G = s[1:]
	G = *p
	m["x"] = 1
	arr[i] = 2
	p.a = 3
	*p = t
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, j, k
}
