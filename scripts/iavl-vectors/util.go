package main

import (
	"encoding/hex"
	"math/rand"
)

// Hex is a byte string that marshals to lower-case hex in JSON.
type Hex []byte

func (h Hex) MarshalJSON() ([]byte, error) {
	out := make([]byte, 0, 2+2*len(h))
	out = append(out, '"')
	out = append(out, hex.EncodeToString(h)...)
	out = append(out, '"')
	return out, nil
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Intn(256))
	}
	return b
}

func clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	c := make([]byte, len(b))
	copy(c, b)
	return c
}
