package p

type item struct{ name string }

var all []*item

func add(name string, n int) []int {
	it := &item{name: name}
	all = append(all, it)
	counts := make([]int, n)
	var local item
	local.name = name
	return counts
}
