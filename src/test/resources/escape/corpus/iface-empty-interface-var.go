package p

func boxes(n int) int {
	var a interface{} = n
	var b interface{} = "const"
	var c interface{} = 42
	if a == b || b == c {
		return 1
	}
	return 0
}
