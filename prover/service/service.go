// Package service is the prover node: it asks the sequencer for work
// (nexus_getWork), locks the jobs offered to it (or, for a model it proves
// well within an offer, proves first and fulfils the job directly, without
// a lock), runs and proves each inference on a pool of workers, and returns
// output and proof (nexus_submitProof). A proved result is written to disk before it is
// submitted and deleted only once the job shows fulfilled, so neither a
// sequencer restart nor its own loses a proof: it reconnects with backoff
// and resubmits.
package service

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/prover/modelset"
	"github.com/nexus-rollup/nexus/rollup/keys"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

// Config tunes the prover service.
type Config struct {
	Sequencer    string        // URL of the sequencer's nexus_ JSON-RPC
	DataDir      string        // results not yet acknowledged
	Workers      int           // proofs in parallel (default: the number of cores)
	PriceGwei    uint64        // lowest job fee to work for
	PollInterval time.Duration // between work requests (default 2s)
	MaxBackoff   time.Duration // longest wait after a failed request or proof (default 30s)
	Validity     time.Duration // of each signed request (default 1m)
	// MaxAttempts bounds the tries to prove one job (default 5): a failed
	// proof is retried after PollInterval, doubling up to MaxBackoff, then the
	// job is dropped.
	MaxAttempts int
}

// Check reports whether the configuration is usable, filling defaults.
func (c *Config) Check() error {
	if c.Sequencer == "" {
		return errors.New("prover: the sequencer URL is required")
	}
	if c.DataDir == "" {
		return errors.New("prover: a data directory is required")
	}
	if c.Workers < 0 || c.Workers > 1024 {
		return fmt.Errorf("prover: workers must be 1..1024 (0: one per core), got %d", c.Workers)
	}
	if c.Workers == 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.MaxBackoff < c.PollInterval {
		c.MaxBackoff = max(30*time.Second, c.PollInterval)
	}
	if c.Validity <= 0 {
		c.Validity = time.Minute
	}
	if c.MaxAttempts < 0 {
		return fmt.Errorf("prover: max attempts must not be negative, got %d", c.MaxAttempts)
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = 5
	}
	if c.Validity > proverapi.MaxValidity {
		return fmt.Errorf("prover: request validity %s exceeds the sequencer's %s", c.Validity, proverapi.MaxValidity)
	}
	return nil
}

// Models are the models a prover serves (prover/modelset.Set).
type Models interface {
	IDs() []uint32
	InputSize(id uint32) (int, error)
	Prove(id, jobID uint32, input []byte, inputSalt fr.Element) (*modelset.Result, error)
}

// Setup holds what the service is given rather than configured with.
type Setup struct {
	Key       *keys.PrivateKey // the prover's L2 key
	L1Address common.Address   // its L1 address: with Key, names its L2 account
	Models    Models
	Log       *slog.Logger
	// Metrics, if set, records work requests, locks, proofs and proving times.
	Metrics *Metrics
}

// Service is a running prover node.
type Service struct {
	cfg    Config
	setup  Setup
	log    *slog.Logger
	store  *store
	client *rpc.Client

	account uint32

	opMu  sync.Mutex // serialises signed ops: one nonce sequence
	nonce uint64

	mu      sync.Mutex
	active  map[uint32]bool // jobs a worker holds
	failed  map[uint32]bool // jobs dropped: a rejected proof, a bad input, or out of attempts
	retries map[uint32]retry
	took    map[uint32]time.Duration // the last proving time, by model

	// checked is when each submitted result's job was last asked about
	// (used by the loop goroutine only): see resubmit.
	checked map[uint32]time.Time

	jobs   chan proverapi.WorkItem
	wake   chan struct{}
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New returns a service; Start runs it.
func New(cfg Config, setup Setup) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if setup.Key == nil || setup.Models == nil {
		return nil, errors.New("prover: a key and models are required")
	}
	if len(setup.Models.IDs()) == 0 {
		return nil, errors.New("prover: no models configured (--models ID=FILE)")
	}
	if setup.Log == nil {
		setup.Log = slog.Default()
	}
	st, err := openStore(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	client, err := rpc.Dial(cfg.Sequencer)
	if err != nil {
		return nil, fmt.Errorf("prover: sequencer %s: %w", cfg.Sequencer, err)
	}
	return &Service{cfg: cfg, setup: setup, log: setup.Log.With("component", "prover"), store: st, client: client,
		active: map[uint32]bool{}, failed: map[uint32]bool{}, retries: map[uint32]retry{}, took: map[uint32]time.Duration{}, checked: map[uint32]time.Time{}, jobs: make(chan proverapi.WorkItem, cfg.Workers), wake: make(chan struct{}, 1)}, nil
}

// Start runs the work loop and the workers until Stop.
func (s *Service) Start(ctx context.Context) error {
	ctx, s.cancel = context.WithCancel(ctx)
	for range s.cfg.Workers {
		s.wg.Add(1)
		go s.worker(ctx)
	}
	s.wg.Add(1)
	go s.loop(ctx)
	return nil
}

// Stop ends the loop, waits for the workers (a proof in progress is
// finished and saved) and closes the client.
func (s *Service) Stop(context.Context) error {
	if s.cancel != nil {
		s.cancel()
		s.wg.Wait()
	}
	s.client.Close()
	return nil
}

func (s *Service) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Service) loop(ctx context.Context) {
	defer s.wg.Done()
	wait := time.Duration(0)
	failing := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-time.After(wait):
		}
		if err := s.step(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			wait = min(max(2*wait, s.cfg.PollInterval), s.cfg.MaxBackoff)
			switch {
			case errors.Is(err, errNoAccountYet):
				// Expected until the prover's stake reaches L2 (its L1
				// registration waits for confirmations): not a warning.
				if !failing {
					s.log.Info("waiting for the prover's L2 account (its stake reaches L2 after L1 confirms it)")
				}
			case !failing:
				s.log.Warn("sequencer request failed, retrying with backoff", "err", err)
			default:
				s.log.Debug("sequencer still failing", "err", err, "retry", wait)
			}
			failing = true
			continue
		}
		if failing {
			s.log.Info("sequencer reachable again")
		}
		failing, wait = false, s.cfg.PollInterval
	}
}

func (s *Service) call(ctx context.Context, result any, method string, args ...any) error {
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return s.client.CallContext(cctx, result, method, args...)
}

// errNoAccountYet: the sequencer has no L2 account for the prover's key yet.
var errNoAccountYet = errors.New("the prover has no L2 account yet")

// step resolves the account, resubmits or forgets saved results, then asks
// for work, locks what is offered and hands it to the workers.
func (s *Service) step(ctx context.Context) error {
	if s.account == 0 {
		wire := s.setup.Key.Public().Wire()
		if err := s.call(ctx, &s.account, "nexus_accountOf", hexutil.Bytes(wire[:]), s.setup.L1Address); err != nil {
			if strings.Contains(err.Error(), "no account for this key") {
				return fmt.Errorf("%w: %v", errNoAccountYet, err)
			}
			return fmt.Errorf("finding the prover's L2 account: %w", err)
		}
		s.log.Info("prover account", "account", s.account, "l1", s.setup.L1Address)
	}
	work, err := s.getWork(ctx)
	if err != nil {
		return err
	}
	if err := s.resubmit(ctx); err != nil {
		return err
	}
	s.opMu.Lock()
	defer s.opMu.Unlock()
	for _, it := range work.Items {
		if s.isActive(it.JobID) || !s.due(it.JobID) {
			continue
		}
		if s.store.has(it.JobID) {
			// Proven, but its direct fulfilment came after the offer
			// lapsed: offered again, it is locked and then resubmitted.
			if r, err := s.store.get(it.JobID); it.Status == "offered" && err == nil && r.OpID == (common.Hash{}) {
				if err := s.lock(ctx, it); err != nil {
					s.log.Warn("lock refused", "job", it.JobID, "err", err)
				}
			}
			continue
		}
		// A job the prover cannot prove is never locked: an offer left to
		// lapse costs nothing, a lock that expires is slashed.
		if err := s.check(it); errors.Is(err, errBadJob) {
			s.drop(it, err)
			continue
		} else if err != nil {
			s.log.Warn("cannot check the job now; next round", "job", it.JobID, "err", err)
			continue
		}
		if it.Status == "offered" && !s.direct(it, work.Now) {
			if err := s.lock(ctx, it); err != nil {
				s.log.Warn("lock refused", "job", it.JobID, "err", err)
				continue
			}
			it.Status = "locked" // proven under the lock just sent
		}
		s.setActive(it.JobID, true)
		select {
		case s.jobs <- it:
		default:
			s.setActive(it.JobID, false) // all workers busy: next round
		}
	}
	return nil
}

// getWork asks for work and takes the account's next nonce from the answer:
// ops the sequencer dropped since are forgotten.
func (s *Service) getWork(ctx context.Context) (*proverapi.Work, error) {
	s.opMu.Lock()
	defer s.opMu.Unlock()
	req := proverapi.WorkRequest{Capacity: uint32(s.cfg.Workers), Models: s.setup.Models.IDs(), PriceGwei: s.cfg.PriceGwei}
	if err := s.auth(proverapi.MethodGetWork, &req.Auth, req.Body()); err != nil {
		return nil, err
	}
	var work proverapi.Work
	err := s.call(ctx, &work, "nexus_getWork", req)
	s.setup.Metrics.request(err)
	if err != nil {
		return nil, fmt.Errorf("nexus_getWork: %w", err)
	}
	s.nonce = work.NextNonce
	return &work, nil
}

func (s *Service) auth(method string, a *proverapi.Auth, body []byte) error {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	var err error
	*a, err = proverapi.NewAuth(method, s.account, body, s.setup.Key, time.Now(), s.cfg.Validity, binary.BigEndian.Uint64(b[:]))
	return err
}

// direct reports whether an offered job is proven without a lock: when
// this node has proven its model before, and twice that time (and a poll)
// ends well within the offer, it proves first and fulfils the job directly
// (one op instead of a LockJob and a FulfillJob, and no collateral tied
// up). Otherwise it locks first, so a slow proof is not lost to a lapsed
// offer.
func (s *Service) direct(it proverapi.WorkItem, now uint64) bool {
	s.mu.Lock()
	est, ok := s.took[it.Model]
	s.mu.Unlock()
	if !ok || it.OfferExpiry <= now {
		return false
	}
	left := time.Duration(it.OfferExpiry-now) * time.Second
	return 2*est+s.cfg.PollInterval < left
}

func (s *Service) isActive(job uint32) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.active[job]
}

// due reports whether a job may be started: not dropped, and past the
// backoff of its last failed attempt.
func (s *Service) due(job uint32) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.failed[job] && !time.Now().Before(s.retries[job].next)
}

func (s *Service) setActive(job uint32, v bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v {
		s.active[job] = true
	} else {
		delete(s.active, job)
	}
}

func (s *Service) worker(ctx context.Context) {
	defer s.wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case it := <-s.jobs:
			s.setup.Metrics.working(1)
			s.prove(ctx, it)
			s.setup.Metrics.working(-1)
			s.setActive(it.JobID, false)
			s.poke()
		}
	}
}

func (s *Service) prove(ctx context.Context, it proverapi.WorkItem) {
	var salt fr.Element
	if len(it.InputSalt) != fr.Bytes || salt.SetBytesCanonical(it.InputSalt) != nil {
		s.drop(it, fmt.Errorf("%w: malformed input salt", errBadJob))
		return
	}
	if it.Status == "offered" {
		s.log.Info("proving without a lock", "job", it.JobID, "model", it.Model, "fee_gwei", it.FeeGwei,
			"offer_expiry", time.Unix(int64(it.OfferExpiry), 0).UTC().Format(time.RFC3339))
	} else {
		s.log.Info("proving", "job", it.JobID, "model", it.Model, "fee_gwei", it.FeeGwei,
			"lock_deadline", time.Unix(int64(it.LockDeadline), 0).UTC().Format(time.RFC3339))
	}
	start := time.Now()
	res, err := s.setup.Models.Prove(it.Model, it.JobID, it.Input, salt)
	if err != nil {
		s.setup.Metrics.outcome("failed")
		s.failedAttempt(it, err)
		return
	}
	s.setup.Metrics.proved(it.Model, time.Since(start))
	s.mu.Lock()
	s.took[it.Model] = time.Since(start)
	s.mu.Unlock()
	// A result is kept while its FulfillJob can still apply: by the lock
	// deadline for a locked job, by the job's own deadline for one fulfilled
	// directly (its FulfillJob may wait in the mempool while the aggregator
	// proves, long past the lock the sequencer suggested).
	keep := it.LockDeadline
	if it.Status == "offered" {
		keep = it.Deadline
	}
	r := &result{JobID: it.JobID, Model: it.Model, Output: res.Output, OutputSalt: frBytes(res.OutputSalt),
		OutputCommit: frBytes(res.OutputCommit), Proof: res.Proof, LockDeadline: keep}
	if err := s.store.put(r); err != nil {
		s.failedAttempt(it, fmt.Errorf("saving the result: %w", err))
		return
	}
	s.mu.Lock()
	delete(s.retries, it.JobID)
	s.mu.Unlock()
	s.log.Info("proved", "job", it.JobID, "took", time.Since(start).Round(time.Millisecond), "output", res.Output)
	if err := s.submit(ctx, r); err != nil {
		s.log.Warn("submitting the proof failed; kept to resubmit", "job", it.JobID, "err", err)
	}
}

func frBytes(e fr.Element) hexutil.Bytes { b := e.Bytes(); return b[:] }
