package p

var b byte = 256
