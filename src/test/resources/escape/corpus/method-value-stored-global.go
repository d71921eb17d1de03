package p

type logger struct{ prefix string }

func (l logger) log(s string) string { return l.prefix + s }

var logf func(string) string

func install(prefix string) {
	l := logger{prefix}
	logf = l.log
}
