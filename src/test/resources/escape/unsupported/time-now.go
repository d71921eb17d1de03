// want: 8:10: unsupported: time.Time.Unix
package p

import "time"

func stamp() int64 {
	t := time.Now()
	return t.Unix()
}
