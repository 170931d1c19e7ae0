// Package txmgr sends L1 transactions reliably: it owns the nonces of one
// key, prices transactions from the chain with a hard fee cap, bumps fees of
// stuck transactions, waits for a confirmation depth, resubmits after a
// reorg, and persists every signed attempt before broadcasting it so that a
// crash at any point resumes the same transaction instead of sending a
// second one.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nexus-rollup/nexus/internal/crashpoint"
	"github.com/nexus-rollup/nexus/kv"
)

var (
	// ErrFeeCap is returned when the fee the chain asks for exceeds the cap.
	ErrFeeCap = errors.New("txmgr: required fee exceeds the configured cap")
	// ErrReverted is returned when the transaction was mined but reverted.
	ErrReverted = errors.New("txmgr: transaction reverted")
)

// Backend is what the manager needs from an L1 client.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Config tunes the manager.
type Config struct {
	// MaxFeePerGas caps what any attempt may pay per gas (wei).
	MaxFeePerGas *big.Int
	// Confirmations is the depth a receipt must reach (1 = mined).
	Confirmations uint64
	// ResubmitAfter is how long an attempt may stay unmined before its fees are bumped.
	ResubmitAfter time.Duration
	// BumpPercent raises tip and fee cap on each resubmission (nodes require >= 10).
	BumpPercent int64
	// PollInterval is how often receipts are checked.
	PollInterval time.Duration
	// GasMarginPercent is added to gas estimates.
	GasMarginPercent uint64
}

// DefaultConfig suits the devnet; production sets MaxFeePerGas deliberately.
func DefaultConfig() Config {
	return Config{
		MaxFeePerGas:     big.NewInt(500_000_000_000), // 500 gwei
		Confirmations:    1,
		ResubmitAfter:    30 * time.Second,
		BumpPercent:      15,
		PollInterval:     time.Second,
		GasMarginPercent: 20,
	}
}

// Candidate is a transaction to send. ID makes Send idempotent across
// restarts: a candidate whose ID is pending resumes that transaction.
type Candidate struct {
	ID       string
	To       *common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64 // 0: estimate
}

// record is the persisted state of one candidate.
type record struct {
	ID       string   `json:"id"`
	Nonce    uint64   `json:"nonce"`
	Attempts [][]byte `json:"attempts"` // signed transactions, oldest first
	Sent     time.Time
}

var prefixPending = []byte("txmgr/pending/")

func pendingKey(id string) []byte { return append(append([]byte(nil), prefixPending...), id...) }

// Manager sends transactions from one key. Send may be called concurrently.
type Manager struct {
	backend Backend
	db      kv.Store
	cfg     Config
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	log     *slog.Logger

	mu    sync.Mutex // serialises nonce assignment
	nonce *uint64
}

// New returns a manager for key.
func New(ctx context.Context, backend Backend, db kv.Store, key *ecdsa.PrivateKey, cfg Config, log *slog.Logger) (*Manager, error) {
	if cfg.MaxFeePerGas == nil || cfg.MaxFeePerGas.Sign() <= 0 {
		return nil, errors.New("txmgr: MaxFeePerGas must be positive")
	}
	if cfg.BumpPercent < 10 {
		return nil, fmt.Errorf("txmgr: BumpPercent %d is below the 10%% nodes require to replace a transaction", cfg.BumpPercent)
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	if cfg.PollInterval <= 0 || cfg.ResubmitAfter <= 0 {
		return nil, errors.New("txmgr: PollInterval and ResubmitAfter must be positive")
	}
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: chain id: %w", err)
	}
	if log == nil {
		log = slog.Default()
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	return &Manager{backend: backend, db: db, cfg: cfg, key: key, from: from,
		signer: types.LatestSignerForChainID(id), log: log.With("component", "txmgr", "from", from)}, nil
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// Pending lists the IDs of candidates sent but not yet confirmed (after a
// restart, call Send again with each to finish it).
func (m *Manager) Pending() ([]string, error) {
	it := m.db.NewIterator(prefixPending, nil)
	defer it.Release()
	var ids []string
	for it.Next() {
		ids = append(ids, string(it.Key()[len(prefixPending):]))
	}
	return ids, it.Error()
}

func (m *Manager) load(id string) (*record, error) {
	raw, err := m.db.Get(pendingKey(id))
	if errors.Is(err, kv.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r record
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("txmgr: corrupt pending record %q: %w", id, err)
	}
	return &r, nil
}

// save persists r with a synced write: it happens before the broadcast.
func (m *Manager) save(r *record) error {
	raw, _ := json.Marshal(r)
	b := m.db.NewBatch()
	b.Put(pendingKey(r.ID), raw)
	return b.Write()
}

func (m *Manager) done(id string) error {
	b := m.db.NewBatch()
	b.Delete(pendingKey(id))
	return b.Write()
}

func (m *Manager) nextNonce(ctx context.Context) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.nonce == nil {
		n, err := m.backend.PendingNonceAt(ctx, m.from)
		if err != nil {
			return 0, fmt.Errorf("txmgr: nonce: %w", err)
		}
		m.nonce = &n
	}
	n := *m.nonce
	*m.nonce++
	return n, nil
}

// resetNonce forgets the cached nonce ("nonce too low": another transaction
// of this key took it).
func (m *Manager) resetNonce() {
	m.mu.Lock()
	m.nonce = nil
	m.mu.Unlock()
}

// fees prices a new attempt, bumped from prev if given, within the cap.
func (m *Manager) fees(ctx context.Context, prev *types.Transaction) (tip, feeCap *big.Int, err error) {
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: head: %w", err)
	}
	if tip, err = m.backend.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, fmt.Errorf("txmgr: tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if prev != nil {
		bump := func(v *big.Int) *big.Int {
			return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(100+m.cfg.BumpPercent)), big.NewInt(100))
		}
		tip = bigMax(tip, bump(prev.GasTipCap()))
		feeCap = bigMax(feeCap, bump(prev.GasFeeCap()))
	}
	if feeCap.Cmp(m.cfg.MaxFeePerGas) > 0 {
		return nil, nil, fmt.Errorf("%w: need %s wei/gas (base fee %s), cap %s", ErrFeeCap, feeCap, base, m.cfg.MaxFeePerGas)
	}
	return tip, feeCap, nil
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func (m *Manager) sign(ctx context.Context, c Candidate, nonce uint64, prev *types.Transaction) (*types.Transaction, error) {
	tip, feeCap, err := m.fees(ctx, prev)
	if err != nil {
		return nil, err
	}
	gas := c.GasLimit
	if prev != nil {
		gas = prev.Gas()
	} else if gas == 0 {
		est, err := m.backend.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: c.To, Data: c.Data, Value: c.Value})
		if err != nil {
			return nil, fmt.Errorf("txmgr: estimating gas: %w", err)
		}
		gas = est + est*m.cfg.GasMarginPercent/100
	}
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.DynamicFeeTx{Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: c.To,
		Value: value, Data: c.Data})
	return types.SignTx(tx, m.signer, m.key)
}

func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}

func isKnown(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction")
}

// Send sends c and waits until its transaction has Confirmations, then
// returns the receipt. A crash or a cancelled ctx leaves the candidate
// pending; calling Send with the same ID resumes it.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	if c.ID == "" {
		return nil, errors.New("txmgr: candidate needs an ID")
	}
	r, err := m.load(c.ID)
	if err != nil {
		return nil, err
	}
	var attempts []*types.Transaction
	fresh := r == nil
	if fresh {
		nonce, err := m.nextNonce(ctx)
		if err != nil {
			return nil, err
		}
		r = &record{ID: c.ID, Nonce: nonce}
	} else {
		for _, raw := range r.Attempts {
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(raw); err != nil {
				return nil, fmt.Errorf("txmgr: corrupt attempt of %q: %w", c.ID, err)
			}
			attempts = append(attempts, tx)
		}
		m.log.Info("resuming pending transaction", "id", c.ID, "nonce", r.Nonce, "attempts", len(attempts))
	}
	if len(attempts) == 0 {
		tx, err := m.sign(ctx, c, r.Nonce, nil)
		if err != nil {
			if fresh {
				// Nothing was sent with the nonce: forget the cached
				// one so the next candidate does not leave a gap.
				m.resetNonce()
			}
			return nil, err
		}
		if attempts, err = m.addAttempt(r, attempts, tx); err != nil {
			return nil, err
		}
		crashpoint.Hit(crashpoint.TxSigned)
	}
	for {
		last := attempts[len(attempts)-1]
		err := m.backend.SendTransaction(ctx, last)
		switch {
		case err == nil || isKnown(err):
			crashpoint.Hit(crashpoint.TxSent)
		case isNonceTooLow(err):
			// Mined already (by us, before a crash) or taken by another
			// transaction of this key: receipts tell which.
			if rc, _ := m.minedAttempt(ctx, attempts); rc == nil {
				return m.renonce(ctx, c, r)
			}
		default:
			return nil, fmt.Errorf("txmgr: sending %s: %w", last.Hash(), err)
		}
		rc, err := m.wait(ctx, attempts)
		if err != nil {
			return nil, err
		}
		if rc != nil {
			crashpoint.Hit(crashpoint.TxMined)
			if err := m.done(c.ID); err != nil {
				return nil, err
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				return rc, fmt.Errorf("%w: %s in block %d", ErrReverted, rc.TxHash, rc.BlockNumber)
			}
			return rc, nil
		}
		// Not mined in time: bump and replace (same nonce).
		tx, err := m.sign(ctx, c, r.Nonce, last)
		if err != nil {
			return nil, err
		}
		m.log.Info("bumping fees", "id", c.ID, "nonce", r.Nonce, "tip", tx.GasTipCap(), "feeCap", tx.GasFeeCap())
		if attempts, err = m.addAttempt(r, attempts, tx); err != nil {
			return nil, err
		}
	}
}

func (m *Manager) addAttempt(r *record, attempts []*types.Transaction, tx *types.Transaction) ([]*types.Transaction, error) {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, err
	}
	r.Attempts = append(r.Attempts, raw)
	r.Sent = time.Now()
	if err := m.save(r); err != nil {
		return nil, fmt.Errorf("txmgr: persisting attempt: %w", err)
	}
	return append(attempts, tx), nil
}

// renonce gives the candidate a fresh nonce after another transaction took
// its own, and sends it again.
func (m *Manager) renonce(ctx context.Context, c Candidate, r *record) (*types.Receipt, error) {
	m.log.Warn("nonce taken by another transaction, re-signing", "id", c.ID, "nonce", r.Nonce)
	m.resetNonce()
	if err := m.done(c.ID); err != nil {
		return nil, err
	}
	return m.Send(ctx, c)
}

// minedAttempt returns the receipt of whichever attempt was mined, if any.
func (m *Manager) minedAttempt(ctx context.Context, attempts []*types.Transaction) (*types.Receipt, error) {
	for _, tx := range attempts {
		rc, err := m.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil && rc != nil {
			return rc, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
	}
	return nil, nil
}

// wait polls until an attempt has the confirmation depth (its receipt's
// block still canonical), or ResubmitAfter passes with none mined (nil).
func (m *Manager) wait(ctx context.Context, attempts []*types.Transaction) (*types.Receipt, error) {
	deadline := time.Now().Add(m.cfg.ResubmitAfter)
	for {
		rc, err := m.minedAttempt(ctx, attempts)
		if err != nil {
			m.log.Warn("receipt lookup failed", "err", err)
		}
		if rc != nil {
			ok, err := m.confirmed(ctx, rc)
			if err != nil {
				m.log.Warn("confirmation check failed", "err", err)
			} else if ok {
				return rc, nil
			}
			deadline = time.Now().Add(m.cfg.ResubmitAfter) // mined: no bump while it deepens
		} else if time.Now().After(deadline) {
			return nil, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(m.cfg.PollInterval):
		}
	}
}

func (m *Manager) confirmed(ctx context.Context, rc *types.Receipt) (bool, error) {
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	if head.Number.Cmp(rc.BlockNumber) < 0 {
		return false, nil
	}
	depth := new(big.Int).Sub(head.Number, rc.BlockNumber).Uint64() + 1
	if depth < m.cfg.Confirmations {
		return false, nil
	}
	// The receipt's block must still be the canonical block at that height.
	h, err := m.backend.HeaderByNumber(ctx, rc.BlockNumber)
	if err != nil {
		return false, err
	}
	return h.Hash() == rc.BlockHash, nil
}
