package p

type server struct{ name string }

var running []*server

func (s *server) start() {
	running = append(running, s)
}

func boot() {
	s := server{name: "api"}
	s.start()
}
