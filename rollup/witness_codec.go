package rollup

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
)

// witnessVersion prefixes a stored witness; a reader refuses other versions.
const witnessVersion = 1

// ErrBadWitness is returned for a stored witness that does not decode.
var ErrBadWitness = errors.New("rollup: bad stored witness")

// storedReceipt is a receipt as the witness stores it: the op in its JSON
// form and the L2-assigned fields the circuit needs (not the L1 effects).
type storedReceipt struct {
	Op         json.RawMessage
	Account    uint32
	Amount     *big.Int
	Prover     uint32
	ProverAddr Address
	SlashGwei  uint64
	L1Job      bool
	Skipped    bool
}

type storedOp struct {
	OpWitness
	Receipt *storedReceipt
}

type storedWitness struct {
	Version int
	Witness
	Ops []storedOp
}

func storeReceipt(r *Receipt) (*storedReceipt, error) {
	if r == nil {
		return nil, nil
	}
	op, err := MarshalOpJSON(r.Op)
	if err != nil {
		return nil, err
	}
	return &storedReceipt{Op: op, Account: r.Account, Amount: r.Amount, Prover: r.Prover, ProverAddr: r.ProverAddr,
		SlashGwei: r.SlashGwei, L1Job: r.L1Job, Skipped: r.Skipped}, nil
}

func (s *storedReceipt) receipt() (*Receipt, error) {
	if s == nil {
		return nil, nil
	}
	op, err := UnmarshalOpJSON(s.Op)
	if err != nil {
		return nil, err
	}
	return &Receipt{Op: op, Account: s.Account, Amount: s.Amount, Prover: s.Prover, ProverAddr: s.ProverAddr,
		SlashGwei: s.SlashGwei, L1Job: s.L1Job, Skipped: s.Skipped}, nil
}

// MarshalBinary encodes the witness for storage (the sequencer keeps each
// batch's witness for the aggregator). Receipts keep what the block circuit
// reads, not their L1 effects.
func (w *Witness) MarshalBinary() ([]byte, error) {
	s := storedWitness{Version: witnessVersion, Witness: *w}
	s.Witness.Ops = nil
	pad, err := storeReceipt(w.Padding.Receipt)
	if err != nil {
		return nil, err
	}
	if pad != nil {
		return nil, fmt.Errorf("rollup: padding access with a receipt")
	}
	s.Witness.Padding.Receipt = nil
	for _, ow := range w.Ops {
		r, err := storeReceipt(ow.Receipt)
		if err != nil {
			return nil, err
		}
		so := storedOp{OpWitness: ow, Receipt: r}
		so.OpWitness.Receipt = nil
		s.Ops = append(s.Ops, so)
	}
	return json.Marshal(&s)
}

// UnmarshalWitness decodes a stored witness.
func UnmarshalWitness(b []byte) (*Witness, error) {
	var s storedWitness
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadWitness, err)
	}
	if s.Version != witnessVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrBadWitness, s.Version, witnessVersion)
	}
	w := s.Witness
	w.Ops = make([]OpWitness, 0, len(s.Ops))
	for i, so := range s.Ops {
		if so.Receipt == nil {
			return nil, fmt.Errorf("%w: op %d has no receipt", ErrBadWitness, i)
		}
		r, err := so.Receipt.receipt()
		if err != nil {
			return nil, fmt.Errorf("%w: op %d: %v", ErrBadWitness, i, err)
		}
		ow := so.OpWitness
		ow.Receipt = r
		w.Ops = append(w.Ops, ow)
	}
	return &w, nil
}
