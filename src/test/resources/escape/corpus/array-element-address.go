package p

var hot *int

func pin() {
	var a [4]int
	hot = &a[2]
}
