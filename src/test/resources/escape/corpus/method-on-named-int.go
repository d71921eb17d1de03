package p

type celsius float64

func (c celsius) fahrenheit() float64 { return float64(c)*9/5 + 32 }

func boiling() float64 {
	c := celsius(100)
	return c.fahrenheit()
}
