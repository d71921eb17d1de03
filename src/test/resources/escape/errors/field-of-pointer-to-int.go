package p

func f() { var p *int; p.x = 1 }
