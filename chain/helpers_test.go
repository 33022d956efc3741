package chain_test

import "math/big"

func big1337() *big.Int { return big.NewInt(1337) }
