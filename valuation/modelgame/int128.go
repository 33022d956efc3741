// SPDX-License-Identifier: MIT

package modelgame

import (
	"math/big"
	"math/bits"
)

// int128 is a two's complement 128-bit integer, the width the walker keeps a sparse perceptron's test scores
// in once int64 might overflow: wide enough that no sum of int64 weights the contract could hold leaves it.
type int128 struct {
	hi int64
	lo uint64
}

// add adds v.
func (a *int128) add(v int64) {
	var carry uint64
	a.lo, carry = bits.Add64(a.lo, uint64(v), 0)
	a.hi += int64(carry) + v>>63
}

// class is the perceptron contracts' decision on the score a: class 1 when it is positive, else 0.
func (a int128) class() uint64 {
	if a.hi > 0 || (a.hi == 0 && a.lo != 0) {
		return 1
	}
	return 0
}

// big returns the value as a big.Int, for tests against the model's own score.
func (a int128) big() *big.Int {
	b := new(big.Int).Lsh(big.NewInt(a.hi), 64)
	return b.Add(b, new(big.Int).SetUint64(a.lo))
}
