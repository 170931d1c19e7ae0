package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/l1/reverts"
	"github.com/nexus-rollup/nexus/l1/txmgr"
	"github.com/nexus-rollup/nexus/l1/verifier"
	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/protocol"
)

// ErrSettle is returned when NexusRollup refuses a batch.
var ErrSettle = errors.New("aggregator: L1 refused the batch")

// BindingHeader is a batch header as NexusRollup.submitBatch takes it.
func BindingHeader(h protocol.Header) bindings.BatchHeader {
	return bindings.BatchHeader{
		BatchNumber:         h.BatchNumber,
		Timestamp:           h.Timestamp,
		PriorityOpsConsumed: h.PriorityOpsConsumed,
		PrevStateRoot:       new(big.Int).SetBytes(h.PrevStateRoot[:]),
		NewStateRoot:        new(big.Int).SetBytes(h.NewStateRoot[:]),
		PriorityHashBefore:  h.PriorityHashBefore,
		PriorityHashAfter:   h.PriorityHashAfter,
		PubdataHash:         h.PubdataHash,
	}
}

// SubmitCalldata is the calldata of NexusRollup.submitBatch(h, pubdata, proof).
func SubmitCalldata(h bindings.BatchHeader, pubdata, proof []byte) ([]byte, error) {
	abi, err := bindings.NexusRollupMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return abi.Pack("submitBatch", h, pubdata, proof)
}

// BatchCalldata is submitBatch's calldata for a sealed batch and its wrap
// proof in the verifier's encoding (Result.Calldata).
func BatchCalldata(b *rollup.Batch, proof []byte) ([]byte, error) {
	if len(proof) != verifier.SolidityProofSize {
		return nil, fmt.Errorf("aggregator: wrap proof is %d bytes, want %d", len(proof), verifier.SolidityProofSize)
	}
	return SubmitCalldata(BindingHeader(b.Header), b.Pubdata, proof)
}

// Submitter settles proven batches on NexusRollup through a transaction
// manager, which persists each attempt and resumes it after a restart.
type Submitter struct {
	TX     *txmgr.Manager
	Rollup common.Address
}

// SubmitID is the transaction manager's idempotency key for a batch: a
// restarted aggregator resumes the pending submission instead of sending a
// second one.
func SubmitID(batch uint64) string { return fmt.Sprintf("submitBatch/%d", batch) }

// Submit sends submitBatch for the batch and waits for its receipt. A batch
// that L1 would refuse is reported with the contract's error name before
// anything is sent.
func (s *Submitter) Submit(ctx context.Context, b *rollup.Batch, proof []byte) (*types.Receipt, error) {
	data, err := BatchCalldata(b, proof)
	if err != nil {
		return nil, err
	}
	to := s.Rollup
	rc, err := s.TX.Send(ctx, txmgr.Candidate{ID: SubmitID(b.Header.BatchNumber), To: &to, Data: data})
	if err != nil {
		if name := reverts.Of(err); name != "" {
			return nil, fmt.Errorf("%w: batch %d: %s", ErrSettle, b.Header.BatchNumber, name)
		}
		return nil, fmt.Errorf("aggregator: submitting batch %d: %w", b.Header.BatchNumber, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("%w: batch %d: transaction %s reverted", ErrSettle, b.Header.BatchNumber, rc.TxHash)
	}
	return rc, nil
}
