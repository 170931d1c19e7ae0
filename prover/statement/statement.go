// Package statement computes, natively, the commitments and the inference
// statement of DESIGN.md §3 exactly as the inference circuit does:
//
//	commit(data, salt)  = Poseidon2(pack(data) ‖ salt)
//	statement           = Poseidon2(modelId, jobId, inputCommit, outputCommit)
//
// Poseidon2 is gnark-crypto's Merkle–Damgård hasher over BLS12-377 Fr (zero
// IV, width-2 compression), matched in-circuit by gnark's std/hash/poseidon2.
// pack puts 31 bytes in each field element, little endian.
package statement

import (
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/rollup/keys"
)

// BytesPerElement is how many data bytes one field element packs (248 bits).
const BytesPerElement = 31

// Pack packs data into field elements, 31 bytes each, byte j of a chunk at
// bits 8j..8j+7.
func Pack(data []byte) []fr.Element {
	out := make([]fr.Element, 0, (len(data)+BytesPerElement-1)/BytesPerElement)
	for i := 0; i < len(data); i += BytesPerElement {
		chunk := data[i:min(i+BytesPerElement, len(data))]
		be := make([]byte, len(chunk))
		for j, b := range chunk {
			be[len(chunk)-1-j] = b
		}
		var e fr.Element
		e.SetBytes(be)
		out = append(out, e)
	}
	return out
}

// Hash is Poseidon2 Merkle–Damgård over field elements.
func Hash(elems ...fr.Element) fr.Element { return keys.HashElements(elems...) }

// Commit is the commitment to data under salt. Pack does not encode the
// length (trailing zero bytes pack alike), so commitments compare only data
// of one fixed length: an inference statement binds the model id, which
// fixes the input and output sizes.
func Commit(data []byte, salt fr.Element) fr.Element {
	return Hash(append(Pack(data), salt)...)
}

// Statement is the single public input of an inference proof.
func Statement(modelID, jobID, inputCommit, outputCommit fr.Element) fr.Element {
	return Hash(modelID, jobID, inputCommit, outputCommit)
}

// ErrRange is returned for a value that is not a canonical field element
// below 2^248 (the bound every value crossing to L1 keeps, DESIGN.md §4).
var ErrRange = errors.New("value must be below 2^248")

var bound = new(big.Int).Lsh(big.NewInt(1), 248)

// FromBig converts v, which must lie in [0, 2^248), to a field element.
func FromBig(v *big.Int) (fr.Element, error) {
	var e fr.Element
	if v == nil || v.Sign() < 0 || v.Cmp(bound) >= 0 {
		return e, fmt.Errorf("%w: %v", ErrRange, v)
	}
	e.SetBigInt(v)
	return e, nil
}

// RandomSalt returns a uniformly random salt below 2^248.
func RandomSalt() (fr.Element, error) {
	v, err := rand.Int(rand.Reader, bound)
	if err != nil {
		return fr.Element{}, err
	}
	return FromBig(v)
}
