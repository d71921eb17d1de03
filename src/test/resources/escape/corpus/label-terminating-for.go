package p

// A for without condition whose only break names an inner loop still ends the function;
// a labelled goto is a terminating statement too.
func spin(c chan *int) *int {
outer:
	for {
		for {
			p := <-c
			if p != nil {
				return p
			}
			break
		}
		continue outer
	}
}

func retry(ok func() bool) int {
start:
	if !ok() {
		goto start
	}
	n := 1
	goto end
end:
	return n
}
