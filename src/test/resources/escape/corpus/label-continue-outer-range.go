package p

type pair struct{ k, v *string }

func firstDup(rows [][]string) []pair {
	var out []pair
rows:
	for _, row := range rows {
		for i := range row {
			for j := i + 1; j < len(row); j++ {
				if row[i] == row[j] {
					out = append(out, pair{&row[i], &row[j]})
					continue rows
				}
			}
		}
	}
	return out
}
