package exodus

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/bindings"
	"github.com/nexus-rollup/nexus/rollup"
)

// Status is where the rollup stands with respect to exodus, read from L1.
type Status struct {
	Exodus    bool
	LastBatch uint64 // last settled batch
	Consumed  uint64 // priority ops consumed by settled batches
	Queued    uint64 // priority ops queued
	Now       uint64 // timestamp of the L1 head
	// Next is the oldest unconsumed priority op (0 if none), its deadline
	// and whether it is overdue: then anyone may activate exodus.
	Next         uint64
	NextDeadline uint64
	Overdue      bool
}

// ReadStatus reads the exodus status of the rollup at addr from L1.
func ReadStatus(ctx context.Context, chain Chain, addr common.Address) (Status, error) {
	var s Status
	r, err := bindings.NewNexusRollupCaller(addr, chain)
	if err != nil {
		return s, err
	}
	head, err := chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return s, fmt.Errorf("exodus: L1 head: %w", err)
	}
	call := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	s.Now = head.Time
	if s.Exodus, err = r.ExodusMode(call); err != nil {
		return s, fmt.Errorf("exodus: reading the rollup at %s: %w", addr, err)
	}
	if s.LastBatch, err = r.LastBatchNumber(call); err != nil {
		return s, err
	}
	if s.Consumed, err = r.PriorityOpsConsumed(call); err != nil {
		return s, err
	}
	if s.Queued, err = r.PriorityOpsTotal(call); err != nil {
		return s, err
	}
	if s.Consumed < s.Queued {
		s.Next = s.Consumed + 1
		if s.NextDeadline, err = r.PriorityOpDeadline(call, new(big.Int).SetUint64(s.Next)); err != nil {
			return s, err
		}
		s.Overdue = s.Now > s.NextDeadline
	}
	return s, nil
}

// Refund is something exodus returns to its sender on L1: an unconsumed
// deposit (refunded by queue index with exodusRefund) or the fee of an L1
// job no settled batch fulfilled or refunded (exodusRefundL1Job).
type Refund struct {
	Index    uint64 // queue index of a deposit; 0 for an L1 job
	Encoding []byte // the deposit's L1 encoding
	JobID    uint32 // the L1 job; 0 for a deposit
	Token    uint16
	Amount   *big.Int
}

// Refunds lists what exodus refunds to who: its unconsumed deposits not yet
// refunded (from the synced priority queue) and its L1 jobs still pending
// (from InferenceRequested events and the rollup's job records).
func (s *Syncer) Refunds(ctx context.Context, who common.Address) ([]Refund, error) {
	call := &bind.CallOpts{Context: ctx}
	consumed, err := s.rollup.PriorityOpsConsumed(call)
	if err != nil {
		return nil, err
	}
	queued, _, err := s.queue.Next()
	if err != nil {
		return nil, err
	}
	var out []Refund
	for i := consumed + 1; i <= queued; i++ {
		p, err := s.queue.Op(i)
		if err != nil {
			return nil, err
		}
		op, err := p.Op()
		if err != nil {
			return nil, err
		}
		d, ok := op.(*rollup.Deposit)
		if !ok || d.Depositor != who {
			continue
		}
		done, err := s.rollup.ExodusRefunded(call, new(big.Int).SetUint64(i))
		if err != nil {
			return nil, err
		}
		if !done {
			out = append(out, Refund{Index: i, Encoding: p.Encoding, Token: d.Token, Amount: d.Amount})
		}
	}
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("exodus: L1 head: %w", err)
	}
	var jobs []uint32
	err = s.chunks(s.cfg.StartBlock, head.Number.Uint64(), func(from, to uint64) (bool, error) {
		it, err := s.rollup.FilterInferenceRequested(&bind.FilterOpts{Start: from, End: &to, Context: ctx}, nil,
			[]common.Address{who}, nil)
		if err != nil {
			return false, fmt.Errorf("exodus: inference requests %d-%d: %w", from, to, err)
		}
		defer it.Close()
		for it.Next() {
			jobs = append(jobs, it.Event.JobId)
		}
		return false, it.Error()
	})
	if err != nil {
		return nil, err
	}
	for _, id := range jobs {
		j, err := s.rollup.L1Job(call, id)
		if err != nil {
			return nil, err
		}
		if j.Status == l1JobPending && j.Requester == who {
			out = append(out, Refund{JobID: id, Amount: new(big.Int).Mul(new(big.Int).SetUint64(j.FeeGwei),
				big.NewInt(rollup.Gwei))})
		}
	}
	return out, nil
}

// l1JobPending is NexusRollup.L1JobStatus.Pending.
const l1JobPending = 1
