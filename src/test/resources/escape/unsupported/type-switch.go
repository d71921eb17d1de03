// want: 5:10: unsupported: type switch
package p

func kind(v interface{}) string {
	switch v.(type) {
	case int:
		return "int"
	}
	return "other"
}
