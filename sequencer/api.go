package sequencer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/rollup"
	"github.com/nexus-rollup/nexus/rollup/state"
	"github.com/nexus-rollup/nexus/sequencer/mempool"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// API is the nexus_ JSON-RPC namespace.
type API struct{ s *Sequencer }

// NewAPI returns the API of s.
func NewAPI(s *Sequencer) *API { return &API{s: s} }

// invalidParams is a JSON-RPC "invalid params" error (-32602).
type invalidParams struct{ err error }

func (e invalidParams) Error() string  { return e.err.Error() }
func (e invalidParams) ErrorCode() int { return -32602 }
func (e invalidParams) Unwrap() error  { return e.err }

// SendOp accepts a signed L2 op in its JSON form (rollup.MarshalOpJSON). The
// op is persisted before its id is returned. A SubmitJob carries its input:
// it comes through SubmitJob.
func (a *API) SendOp(op json.RawMessage) (common.Hash, error) {
	t, id, err := a.sendOp(op)
	a.s.cfg.Metrics.admission(t, err)
	return id, err
}

// sendOp is SendOp without the admission metric, for the methods that
// admit an op of their own kind through it (LockJob, SubmitProof). It
// returns the op's type (OpNoop for one that does not decode).
func (a *API) sendOp(op json.RawMessage) (rollup.OpType, common.Hash, error) {
	o, err := rollup.UnmarshalOpJSON(op)
	if err != nil {
		return rollup.OpNoop, common.Hash{}, invalidParams{err}
	}
	if o.Type() == rollup.OpSubmitJob {
		return o.Type(), common.Hash{}, invalidParams{errors.New("a SubmitJob carries its private input: send it with nexus_submitJob")}
	}
	var check func(*state.State) error
	if c, ok := o.(*rollup.ClaimModelFees); ok {
		check = func(st *state.State) error { return checkClaim(st, c) }
	}
	id, err := a.admit(o, check)
	return o.Type(), id, err
}

// checkClaim checks what applying c would, besides signature and nonce:
// the model is registered, the signer owns it, and it has fees to claim
// (sealed ones: fulfilments still pending do not count).
func checkClaim(st *state.State, c *rollup.ClaimModelFees) error {
	if c.ModelID == 0 || uint64(c.ModelID)>>st.Params().ModelDepth != 0 {
		return invalidParams{fmt.Errorf("%w: model %d", rollup.ErrUnknownModel, c.ModelID)}
	}
	m, err := st.Model(uint64(c.ModelID))
	if err != nil {
		return err
	}
	switch {
	case m.VKHash.IsZero():
		return invalidParams{fmt.Errorf("%w: model %d is not registered", rollup.ErrUnknownModel, c.ModelID)}
	case m.Owner != uint64(c.Owner):
		return invalidParams{fmt.Errorf("%w: model %d is owned by account %d", rollup.ErrNotModelOwner, c.ModelID, m.Owner)}
	case m.EarnedGwei == 0:
		return invalidParams{fmt.Errorf("%w: model %d has no sealed fees to claim", rollup.ErrBadAmount, c.ModelID)}
	}
	return nil
}

// admit admits a signed op to the mempool: it is not already included, its
// signature holds, and its nonce is the next one of its account (committed
// nonce plus the account's pending ops), so an op that can never apply is
// refused before anything is written. reserve, if set, runs against the
// same committed state; then the op's debit is taken from its account's
// balance left after its pending ops. extra is stored in the op's own
// synced write.
func (a *API) admit(o rollup.Op, reserve func(*state.State) error, extra ...mempool.Put) (common.Hash, error) {
	raw, err := rollup.MarshalOpJSON(o)
	if err != nil {
		return common.Hash{}, invalidParams{err}
	}
	// An op already sequenced keeps its status: a client retrying an op whose
	// acknowledgement it lost is told what became of it. A rejected op may be
	// sent again: the reason (a nonce not yet due, a balance too low) may be
	// gone.
	opID := common.Hash(rollup.OpIDOfJSON(raw))
	if st, _ := a.GetOpStatus(opID); st != nil && st.Status == "included" {
		return common.Hash{}, invalidParams{fmt.Errorf("op already included in batch %d", st.Batch)}
	}
	if !o.Type().IsSigned() {
		return common.Hash{}, invalidParams{fmt.Errorf("%w: %s", mempool.ErrNotUserOp, o.Type())}
	}
	gen := a.s.commits.Load()
	st, err := a.s.committed()
	if err != nil {
		return common.Hash{}, err
	}
	// Admit only ops their account really signed, so junk cannot fill the
	// mempool.
	if err := a.s.verifySignatureIn(st, o); err != nil {
		return common.Hash{}, invalidParams{err}
	}
	// A copy of a pending op is known (SubmitProof's retries rely on it);
	// any other op naming a pending op's nonce is refused by checkNonce.
	if a.s.pool.Has(opID) {
		return common.Hash{}, invalidParams{mempool.ErrKnown}
	}
	if err := a.s.checkNonce(st, o, gen); err != nil {
		return common.Hash{}, err
	}
	if reserve != nil {
		if err := reserve(st); err != nil {
			return common.Hash{}, err
		}
	}
	// The balance left after the account's pending ops must cover the op.
	took, err := a.s.debits.take(a.s.committed, opID, o)
	if err != nil {
		a.s.claims.release(o)
		return common.Hash{}, err
	}
	id, err := a.s.pool.Add(o, extra...)
	if err != nil {
		a.s.claims.release(o)
		if took {
			a.s.debits.release(opID)
		}
		a.s.ex.Forget(o)
		return common.Hash{}, invalidParams{err}
	}
	return id, nil
}

// checkNonce refuses an op whose nonce is used (below the committed nonce),
// taken by a pending op of its account, or ahead of its account's next
// nonce (committed nonce plus its pending ops): none could apply. gen is
// the commit count read before st; if a batch commit overlapped the reads
// the pending count may be off by that batch, and only the first check,
// which a commit cannot make wrong, is made.
func (s *Sequencer) checkNonce(st *state.State, o rollup.Op, gen uint64) error {
	signer := rollup.SignerOf(o)
	nonce, ok := nonceOf(o)
	if !ok {
		return nil
	}
	acc, err := st.Account(uint64(signer))
	if err != nil {
		return err
	}
	if nonce < acc.Nonce {
		return invalidParams{fmt.Errorf("%w: nonce %d of account %d is used (its nonce is %d)", rollup.ErrBadNonce, nonce, signer, acc.Nonce)}
	}
	pending := uint64(s.pool.PendingOf(signer))
	if g := s.commits.Load(); g != gen || g%2 == 1 {
		return nil
	}
	if next := acc.Nonce + pending; nonce > next {
		return invalidParams{fmt.Errorf("%w: nonce %d of account %d is ahead of its next nonce %d (%d committed + %d pending): send the ops before it first",
			rollup.ErrBadNonce, nonce, signer, next, acc.Nonce, pending)}
	} else if nonce < next {
		// Another op of the account holds this nonce in the mempool: at most
		// one of them could apply, and the others would be rejected for free.
		return invalidParams{fmt.Errorf("%w: nonce %d of account %d is taken by one of its %d pending ops (its next nonce is %d): wait for it, or send it again once it is rejected",
			rollup.ErrBadNonce, nonce, signer, pending, next)}
	}
	return nil
}

// nonceOf is a signed op's account nonce.
func nonceOf(o rollup.Op) (uint64, bool) {
	switch o := o.(type) {
	case *rollup.Transfer:
		return o.Nonce, true
	case *rollup.Withdraw:
		return o.Nonce, true
	case *rollup.SubmitJob:
		return o.Nonce, true
	case *rollup.LockJob:
		return o.Nonce, true
	case *rollup.FulfillJob:
		return o.Nonce, true
	case *rollup.CancelJob:
		return o.Nonce, true
	case *rollup.ClaimModelFees:
		return o.Nonce, true
	}
	return 0, false
}

// OpStatus is what happened to an op sent with SendOp: proverapi.OpStatus.
type OpStatus = proverapi.OpStatus

// GetOpStatus reports an op's fate. Included is final: a copy of the op
// re-sent after its batch committed does not make it pending again.
func (a *API) GetOpStatus(id common.Hash) (*OpStatus, error) {
	st, err := a.s.storedStatus(id)
	if err != nil {
		return nil, err
	}
	switch {
	case st != nil && st.Status == "included":
	case a.s.pool.Has(id):
		return &OpStatus{Status: "pending"}, nil
	case st == nil:
		return &OpStatus{Status: "unknown"}, nil
	}
	return &OpStatus{Status: st.Status, Batch: st.Batch, Error: st.Error}, nil
}

// Account is an L2 account as the API shows it.
type Account struct {
	ID        uint32         `json:"id"`
	PubKeyX   string         `json:"pubKeyX"`
	PubKeyY   string         `json:"pubKeyY"`
	L1Address common.Address `json:"l1Address"`
	Nonce     uint64         `json:"nonce"`
	// NextNonce is the nonce the account's next op must carry: its nonce
	// plus its ops pending in the mempool (eth_getTransactionCount's
	// "pending").
	NextNonce uint64                  `json:"nextNonce"`
	Balances  map[uint16]*hexutil.Big `json:"balances"`
	Stake     *hexutil.Big            `json:"stake"`
	Locked    *hexutil.Big            `json:"locked"`
	Fulfilled uint64                  `json:"fulfilled"`
	Expired   uint64                  `json:"expired"`
	Exiting   bool                    `json:"exiting"`
	// EscrowGwei is the fees of the account's open and locked L2 jobs.
	EscrowGwei uint64 `json:"escrowGwei"`
}

// GetAccount returns account id as of the last sealed batch, and the
// nonce its next op must carry.
func (a *API) GetAccount(id uint32) (*Account, error) {
	out, err := a.account(id)
	if err != nil {
		return nil, err
	}
	// The pending count must be read against the same commit as the nonce:
	// a batch committed in between moves ops from one to the other. Only
	// those two are read again, a bounded number of times.
	for attempt := 0; ; attempt++ {
		gen := a.s.commits.Load()
		st, err := a.s.committed()
		if err != nil {
			return nil, err
		}
		acc, err := st.Account(uint64(id))
		if err != nil {
			return nil, err
		}
		pending := uint64(a.s.pool.PendingOf(id))
		if g := a.s.commits.Load(); (g == gen && g%2 == 0) || attempt == 100 {
			out.Nonce, out.NextNonce = acc.Nonce, acc.Nonce+pending
			return out, nil
		}
		time.Sleep(time.Millisecond)
	}
}

// account is GetAccount without the next nonce.
func (a *API) account(id uint32) (*Account, error) {
	st, err := a.s.committed()
	if err != nil {
		return nil, err
	}
	if id == 0 || uint64(id)>>st.Params().AccountDepth != 0 {
		return nil, invalidParams{fmt.Errorf("account %d out of range", id)}
	}
	acc, err := st.Account(uint64(id))
	if err != nil {
		return nil, err
	}
	if acc.IsEmpty() {
		return nil, invalidParams{fmt.Errorf("account %d does not exist", id)}
	}
	x, y := acc.PubKeyX.Bytes(), acc.PubKeyY.Bytes()
	out := &Account{ID: id, PubKeyX: hexutil.Encode(x[:]), PubKeyY: hexutil.Encode(y[:]), L1Address: acc.L1Address,
		Nonce: acc.Nonce, Balances: map[uint16]*hexutil.Big{}, Stake: (*hexutil.Big)(acc.Stake),
		Locked: (*hexutil.Big)(acc.Locked), Fulfilled: acc.Fulfilled, Expired: acc.Expired, Exiting: acc.Exiting,
		EscrowGwei: acc.EscrowGwei}
	for t := uint64(0); t < 1<<st.Params().TokenDepth; t++ {
		b, err := st.Balance(uint64(id), t)
		if err != nil {
			return nil, err
		}
		if b.Sign() > 0 {
			out.Balances[uint16(t)] = (*hexutil.Big)(b)
		}
	}
	return out, nil
}

// AccountOf returns the account id of a wire-form L2 public key and the L1
// address its deposits came from (accounts are keyed by the pair).
func (a *API) AccountOf(pubKey hexutil.Bytes, l1Address common.Address) (uint32, error) {
	if len(pubKey) != 32 {
		return 0, invalidParams{fmt.Errorf("public key must be 32 bytes, got %d", len(pubKey))}
	}
	a.s.mu.Lock()
	defer a.s.mu.Unlock()
	id, ok, err := a.s.ex.AccountOf(rollup.PubKey(pubKey), l1Address)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, invalidParams{errors.New("no account for this key")}
	}
	return id, nil
}

// StateRoot returns the state root after the last sealed batch.
func (a *API) StateRoot() (common.Hash, error) {
	a.s.mu.Lock()
	defer a.s.mu.Unlock()
	r, err := a.s.ex.State().Root()
	return common.Hash(r.Bytes()), err
}

// Batch is a sealed batch as the API shows it.
type Batch struct {
	Number              uint64        `json:"number"`
	Timestamp           uint64        `json:"timestamp"`
	PriorityOpsConsumed uint64        `json:"priorityOpsConsumed"`
	PrevStateRoot       common.Hash   `json:"prevStateRoot"`
	NewStateRoot        common.Hash   `json:"newStateRoot"`
	PubdataHash         common.Hash   `json:"pubdataHash"`
	Pubdata             hexutil.Bytes `json:"pubdata"`
}

// GetBatch returns sealed batch n: a number, "earliest" (batch 1, the
// first sealed; batch 0 is the genesis state) or "latest". The sequencer
// does not follow settlement: "safe", "finalized" and "pending" are refused.
func (a *API) GetBatch(n rpc.BlockNumber) (*Batch, error) {
	a.s.mu.Lock()
	defer a.s.mu.Unlock()
	last, _, _, err := a.s.ex.LastBatch()
	if err != nil {
		return nil, err
	}
	num := uint64(n)
	switch n {
	case rpc.EarliestBlockNumber:
		num = 1
	case rpc.LatestBlockNumber:
		num = last
	case rpc.SafeBlockNumber, rpc.FinalizedBlockNumber, rpc.PendingBlockNumber:
		return nil, invalidParams{fmt.Errorf("batch %q: the sequencer knows sealed batches only (a number, \"earliest\" or \"latest\")", n)}
	}
	if num == 0 || num > last {
		return nil, invalidParams{fmt.Errorf("batch %d not sealed (last is %d)", num, last)}
	}
	h, pd, err := a.s.ex.StoredBatch(num)
	if err != nil {
		return nil, err
	}
	return &Batch{Number: h.BatchNumber, Timestamp: h.Timestamp, PriorityOpsConsumed: h.PriorityOpsConsumed,
		PrevStateRoot: h.PrevStateRoot, NewStateRoot: h.NewStateRoot, PubdataHash: h.PubdataHash, Pubdata: pd}, nil
}

// NewBatches streams sealed batches to a WebSocket subscriber.
func (a *API) NewBatches(ctx context.Context) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	sub := notifier.CreateSubscription()
	go func() {
		ch := make(chan *rollup.Batch, 16)
		s := a.s.SubscribeBatches(ch)
		defer s.Unsubscribe()
		for {
			select {
			case b := <-ch:
				h := b.Header
				notifier.Notify(sub.ID, &Batch{Number: h.BatchNumber, Timestamp: h.Timestamp,
					PriorityOpsConsumed: h.PriorityOpsConsumed, PrevStateRoot: h.PrevStateRoot,
					NewStateRoot: h.NewStateRoot, PubdataHash: h.PubdataHash, Pubdata: b.Pubdata})
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}
