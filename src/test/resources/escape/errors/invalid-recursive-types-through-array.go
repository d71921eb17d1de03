package p

type A [2]B

type B struct{ c C }

type C struct{ b B }
