package p

type session struct{ user string }

var sessions = map[string]*session{}

func login(id, user string) {
	s := &session{user: user}
	sessions[id] = s
}
