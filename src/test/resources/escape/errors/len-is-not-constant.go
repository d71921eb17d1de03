package p

func f() int { return 1 }

func g() {
	const n = len([2]int{f(), 1})
}
