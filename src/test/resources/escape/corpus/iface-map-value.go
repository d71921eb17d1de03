package p

func attrs(name string, age int) map[string]interface{} {
	return map[string]interface{}{"name": name, "age": age}
}
