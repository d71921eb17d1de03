package p

var x = 3
var p *[3]int
var ch = make(chan int, 1)

func f() int { return 1 }

// len and cap of an array are constants unless the operand holds a call or a receive;
// conversions, builtins whose result is constant and the bodies of closures do not count.
func constantSize() int {
	const n1 = len([2]int{int(x), 1})
	const n2 = len([2]func(){func() { f() }, nil})
	const n3 = len(*p)
	const n4 = cap([4]int{len("ab"), 1})
	var a [n1 + n2 + n3 + n4]int
	s := a[:]
	return len(s)
}

func sizedByACall() int {
	s := make([]int, len([2]int{f(), 1}))
	return len(s)
}

func sizedByAReceive() int {
	s := make([]int, len([1]int{<-ch}))
	return len(s)
}

func sizedByAConversion() int {
	s := make([]int, len([2]int{int(x), 1}))
	return len(s)
}

func sizedByABuiltinCall() int {
	s := make([]int, len([2]int{len([]int{}), 1}))
	return len(s)
}

func sizedThroughAClosure() int {
	s := make([]int, len([1]func(){func() { f() }}))
	return len(s)
}
