package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

// rcCircuit checks one value and a constant.
type rcCircuit struct {
	X    frontend.Variable
	bits int
}

func (c *rcCircuit) Define(api frontend.API) error {
	rc := newByteChecker(api)
	rc.Check(c.X, c.bits)
	rc.Check(3, 8)
	return nil
}

// Values at and just past each bound, for the direct, shifted, split and
// boolean-topped paths of byteChecker.Check.
func TestByteChecker_bounds(t *testing.T) {
	for _, tc := range []struct {
		v    int64
		bits int
		ok   bool
	}{{5, 8, true}, {255, 8, true}, {256, 8, false}, {-1, 8, false}, {7, 3, true}, {8, 3, false}, {1000, 10, true}, {1024, 10, false}, {1<<33 - 1, 33, true}, {1 << 33, 33, false}, {1<<32 - 1, 32, true}, {1 << 32, 32, false}} {
		err := test.IsSolved(&rcCircuit{bits: tc.bits}, &rcCircuit{X: big.NewInt(tc.v), bits: tc.bits}, field())
		if (err == nil) != tc.ok {
			t.Errorf("%d in %d bits: err %v", tc.v, tc.bits, err)
		}
	}
}
