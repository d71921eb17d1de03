package p

type point struct{ x, y int }

func line(n int) []point {
	var pts []point
	for i := 0; i < n; i++ {
		pts = append(pts, point{i, i})
	}
	return pts
}
