package p

import "fmt"
