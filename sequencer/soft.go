package sequencer

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
)

// Soft confirmation: the sequencer orders an op when it admits it, so a job
// exists for the work API from the moment its SubmitJob is admitted. It is
// offered, locked and fulfilled (the proof verified as for any job) while
// the SubmitJob still waits in the mempool; the batch builder keeps mempool
// order, so SubmitJob, LockJob and FulfillJob seal in that order, in one
// batch or split across batches. Admission checks what sealing would
// (model, fee, deadline, input, and the balance left after the account's
// pending ops), so an admitted job does not fail later; if its SubmitJob is
// rejected all the same (an L1 op came first: a forced exit, a model fee
// raised), the LockJob and FulfillJob of its job leave the mempool with it.

// pendingJob is job id as its SubmitJob in the mempool will create it, or
// nil when no SubmitJob for it is pending.
func (s *Sequencer) pendingJob(id uint32) *state.Job {
	op, ok := s.claims.owner(id)
	if !ok {
		return nil
	}
	e, ok := s.pool.Get(op)
	if !ok {
		return nil
	}
	sj, ok := e.Op.(*rollup.SubmitJob)
	if !ok {
		return nil
	}
	return &state.Job{Requester: uint64(sj.Requester), Model: uint64(sj.ModelID), InputCommit: sj.InputCommit,
		FeeGwei: sj.FeeGwei, Deadline: uint64(sj.Deadline), Status: state.JobOpen}
}

// jobView is job id in st or, if st does not have it yet, as its pending
// SubmitJob creates it (pending set).
func (s locked) jobView(st *state.State, id uint32) (j *state.Job, pending bool, err error) {
	leaf, ok := rollup.JobLeaf(id, st.Params().JobDepth)
	if !ok {
		return nil, false, invalidParams{fmt.Errorf("job id %d out of range", id)}
	}
	if j, err = st.Job(leaf); err != nil || j.Status != state.JobNone {
		return j, false, err
	}
	if p := s.pendingJob(id); p != nil {
		return p, true, nil
	}
	return j, false, nil
}

// checkSubmit checks what applying sj would check, besides the signature,
// nonce, job id and balance: the model is registered, the fee covers its
// model fee, the deadline is ahead.
func (s *Sequencer) checkSubmit(st *state.State, sj *rollup.SubmitJob) error {
	if sj.FeeGwei == 0 {
		return invalidParams{fmt.Errorf("%w: zero fee", rollup.ErrBadAmount)}
	}
	if now := uint64(s.now().Unix()); uint64(sj.Deadline) <= now {
		return invalidParams{fmt.Errorf("%w: deadline %d is not after now (%d)", rollup.ErrDeadline, sj.Deadline, now)}
	}
	if sj.ModelID == 0 || uint64(sj.ModelID)>>st.Params().ModelDepth != 0 {
		return invalidParams{fmt.Errorf("%w: model %d", rollup.ErrUnknownModel, sj.ModelID)}
	}
	m, err := st.Model(uint64(sj.ModelID))
	if err != nil {
		return err
	}
	if m.VKHash.IsZero() {
		return invalidParams{fmt.Errorf("%w: model %d is not registered", rollup.ErrUnknownModel, sj.ModelID)}
	}
	if sj.FeeGwei < m.FeeGwei {
		return invalidParams{fmt.Errorf("%w: fee %d gwei, model fee %d gwei", rollup.ErrFeeCap, sj.FeeGwei, m.FeeGwei)}
	}
	return nil
}

// balanceKey is one token balance of one account.
type balanceKey struct {
	account uint32
	token   uint16
}

// debitOf is what op takes from its signer's balance when it applies.
func debitOf(op rollup.Op) (balanceKey, *big.Int, bool) {
	switch o := op.(type) {
	case *rollup.Transfer:
		return balanceKey{o.From, o.Token}, o.Amount, o.Amount != nil
	case *rollup.Withdraw:
		return balanceKey{o.From, o.Token}, o.Amount, o.Amount != nil
	case *rollup.SubmitJob:
		return balanceKey{o.Requester, 0}, rollup.WeiOf(o.FeeGwei), true
	}
	return balanceKey{}, nil, false
}

type debit struct {
	key    balanceKey
	amount *big.Int
}

// debits are what the ops in the mempool take from their accounts'
// balances. An op is admitted only if the committed balance less its
// account's pending debits covers it (pending credits are not counted). A
// debit is taken before the op is persisted and released only after the
// batch that applies or rejects it is written; the committed balance is
// read under the same lock, so at every moment a debit is either pending
// here or in the committed balance (or both, which only refuses more).
type debits struct {
	mu    sync.Mutex
	byOp  map[common.Hash]debit
	total map[balanceKey]*big.Int
}

func loadDebits(pool *mempool.Pool) *debits {
	d := &debits{byOp: map[common.Hash]debit{}, total: map[balanceKey]*big.Int{}}
	for _, e := range pool.Pending(pool.Len()) {
		d.add(e.ID, e.Op)
	}
	return d
}

func (d *debits) add(id common.Hash, op rollup.Op) {
	k, amt, ok := debitOf(op)
	if !ok || amt.Sign() <= 0 {
		return
	}
	if _, dup := d.byOp[id]; dup {
		return
	}
	d.byOp[id] = debit{key: k, amount: amt}
	t := d.total[k]
	if t == nil {
		t = new(big.Int)
		d.total[k] = t
	}
	t.Add(t, amt)
}

// take records op id's debit after checking that the committed balance
// (read by open, under the lock) less the pending debits covers it. It
// reports whether it recorded one (not for an op without a debit, nor for
// one already recorded).
func (d *debits) take(open func() (*state.State, error), id common.Hash, op rollup.Op) (bool, error) {
	k, amt, ok := debitOf(op)
	if !ok || amt.Sign() <= 0 {
		return false, nil // the executor refuses a non-positive amount
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, dup := d.byOp[id]; dup {
		return false, nil
	}
	st, err := open()
	if err != nil {
		return false, err
	}
	bal, err := st.Balance(uint64(k.account), uint64(k.token))
	if errors.Is(err, state.ErrIndexRange) {
		return false, invalidParams{fmt.Errorf("%w: %v", rollup.ErrIndexRange, err)}
	}
	if err != nil {
		return false, err
	}
	pending := new(big.Int)
	if t := d.total[k]; t != nil {
		pending.Set(t)
	}
	if free := new(big.Int).Sub(bal, pending); free.Cmp(amt) < 0 {
		return false, invalidParams{fmt.Errorf("%w: account %d has %v of token %d, %v of it taken by its pending ops; the op needs %v",
			rollup.ErrInsufficientFund, k.account, bal, k.token, pending, amt)}
	}
	d.add(id, op)
	return true, nil
}

// release drops the debits of the given ops (once their batch is written,
// or when their admission failed).
func (d *debits) release(ids ...common.Hash) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, id := range ids {
		v, ok := d.byOp[id]
		if !ok {
			continue
		}
		delete(d.byOp, id)
		if t := d.total[v.key]; t != nil {
			if t.Sub(t, v.amount); t.Sign() <= 0 {
				delete(d.total, v.key)
			}
		}
	}
}

// dropOrphans adds to c, as rejected, the LockJobs and FulfillJobs in the
// mempool of the jobs whose SubmitJob c rejects: they can never apply, and
// the freed job id may be claimed by another SubmitJob.
func (s *Sequencer) dropOrphans(c *commit, rejected map[uint32]string) {
	if len(rejected) == 0 {
		return
	}
	for _, e := range s.pool.Pending(s.pool.Len()) {
		if _, done := c.statuses[e.ID]; done {
			continue
		}
		job, ok := jobOf(e.Op)
		if !ok {
			continue
		}
		if why, ok := rejected[job]; ok {
			c.done = append(c.done, e)
			c.statuses[e.ID] = unbornStatus(job, why)
		}
	}
}

func unbornStatus(job uint32, why string) opStatus {
	return opStatus{Status: "rejected", Error: fmt.Sprintf("job %d was never created: its SubmitJob was rejected (%s)", job, why)}
}
