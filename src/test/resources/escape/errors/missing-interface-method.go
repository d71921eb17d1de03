package p

func f() { var i interface{ M() }; i.N() }
