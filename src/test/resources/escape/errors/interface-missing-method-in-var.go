package p

type I interface{ M() }

var y int
var x I = y
