package sequencer

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/rollup"
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
// op is persisted before its id is returned.
func (a *API) SendOp(op json.RawMessage) (common.Hash, error) {
	o, err := rollup.UnmarshalOpJSON(op)
	if err != nil {
		return common.Hash{}, invalidParams{err}
	}
	if raw, err := rollup.MarshalOpJSON(o); err == nil {
		// An op already sequenced keeps its status: a client retrying an op
		// whose acknowledgement it lost is told what became of it.
		if st, _ := a.GetOpStatus(common.Hash(sha256.Sum256(raw))); st != nil && st.Status != "unknown" && st.Status != "pending" {
			return common.Hash{}, invalidParams{fmt.Errorf("op already %s (batch %d): %s", st.Status, st.Batch, st.Error)}
		}
	}
	if o.Type().IsSigned() {
		// Admit only ops their account really signed, so junk cannot fill
		// the mempool; nonces and balances are checked when the op applies.
		if err := a.s.verifySignature(o); err != nil {
			return common.Hash{}, invalidParams{err}
		}
	}
	id, err := a.s.pool.Add(o)
	if err != nil {
		a.s.ex.Forget(o)
		return common.Hash{}, invalidParams{err}
	}
	return id, nil
}

// OpStatus is what happened to an op sent with SendOp.
type OpStatus struct {
	Status string `json:"status"` // pending | included | rejected | unknown
	Batch  uint64 `json:"batch,omitempty"`
	Error  string `json:"error,omitempty"`
}

// GetOpStatus reports an op's fate.
func (a *API) GetOpStatus(id common.Hash) (*OpStatus, error) {
	if a.s.pool.Has(id) {
		return &OpStatus{Status: "pending"}, nil
	}
	raw, err := a.s.db.Get(statusKey(id))
	if errors.Is(err, kv.ErrNotFound) {
		return &OpStatus{Status: "unknown"}, nil
	}
	if err != nil {
		return nil, err
	}
	var st opStatus
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, fmt.Errorf("corrupt op status: %w", err)
	}
	return &OpStatus{Status: st.Status, Batch: st.Batch, Error: st.Error}, nil
}

// Account is an L2 account as the API shows it.
type Account struct {
	ID        uint32                  `json:"id"`
	PubKeyX   string                  `json:"pubKeyX"`
	PubKeyY   string                  `json:"pubKeyY"`
	L1Address common.Address          `json:"l1Address"`
	Nonce     uint64                  `json:"nonce"`
	Balances  map[uint16]*hexutil.Big `json:"balances"`
	Stake     *hexutil.Big            `json:"stake"`
	Locked    *hexutil.Big            `json:"locked"`
	Fulfilled uint64                  `json:"fulfilled"`
	Expired   uint64                  `json:"expired"`
	Exiting   bool                    `json:"exiting"`
}

// GetAccount returns account id as of the last sealed batch.
func (a *API) GetAccount(id uint32) (*Account, error) {
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
		Locked: (*hexutil.Big)(acc.Locked), Fulfilled: acc.Fulfilled, Expired: acc.Expired, Exiting: acc.Exiting}
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
	id, ok := a.s.ex.AccountOf(rollup.PubKey(pubKey), l1Address)
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

// GetBatch returns sealed batch n; "latest" is BlockNumber -1 in JSON.
func (a *API) GetBatch(n rpc.BlockNumber) (*Batch, error) {
	a.s.mu.Lock()
	defer a.s.mu.Unlock()
	last, _, _ := a.s.ex.LastBatch()
	num := uint64(n)
	if n < 0 {
		num = last
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
