package p
func f(p *int)
