package p

type shape interface{ area() int }

type square struct{ side int }

func (s *square) area() int { return s.side * s.side }

func unit() shape {
	return &square{side: 1}
}
