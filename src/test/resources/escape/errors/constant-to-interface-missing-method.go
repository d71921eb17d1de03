package p

type I interface{ M() }

var x I = 1
