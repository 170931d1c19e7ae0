package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nexus-rollup/nexus/kv"
)

// Op statuses only move forward: unknown → pending → included, or
// pending → rejected → (sent again) pending. An op a client re-sends while
// its batch is being sealed can land in the mempool again after the batch
// committed; that copy is dropped when the next batch is sealed (its nonce
// is used) without touching the recorded "included".

// storedStatus is the status recorded when the op left the mempool, or nil.
func (s *Sequencer) storedStatus(id common.Hash) (*opStatus, error) {
	raw, err := s.db.Get(statusKey(id))
	if errors.Is(err, kv.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st opStatus
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, fmt.Errorf("corrupt op status: %w", err)
	}
	return &st, nil
}

// wasIncluded reports whether op id was included in a committed batch.
func (s *Sequencer) wasIncluded(id common.Hash) (bool, error) {
	st, err := s.storedStatus(id)
	return err == nil && st != nil && st.Status == "included", err
}

// DefaultRejectedRetention is how long the status of an op rejected at
// sealing is kept (Config.RejectedRetention).
const DefaultRejectedRetention = 24 * time.Hour

// maxPrunePerCommit bounds the deletions one commit stages.
const maxPrunePerCommit = 1024

// prefixRejected indexes the statuses of ops rejected at sealing by the
// time they were recorded: seq/rejected/<unix seconds, 8 bytes BE><op id>.
var prefixRejected = []byte("seq/rejected/")

func rejectedKey(at time.Time, id common.Hash) []byte {
	k := make([]byte, 0, len(prefixRejected)+8+len(id))
	k = append(k, prefixRejected...)
	k = binary.BigEndian.AppendUint64(k, uint64(at.Unix()))
	return append(k, id[:]...)
}

// pruneRejected stages the deletion of the statuses of ops rejected more
// than the retention ago (at most maxPrunePerCommit per commit; the oldest
// first). A status that has since become included (the op was sent again)
// is kept; only its index entry goes.
func (s *Sequencer) pruneRejected(w kv.Writer, now time.Time) error {
	cutoff := uint64(now.Add(-s.cfg.RejectedRetention).Unix())
	it := s.db.NewIterator(prefixRejected, nil)
	defer it.Release()
	for n := 0; n < maxPrunePerCommit && it.Next(); n++ {
		k := it.Key()[len(prefixRejected):]
		if len(k) != 8+common.HashLength {
			w.Delete(it.Key())
			continue
		}
		if binary.BigEndian.Uint64(k[:8]) > cutoff {
			break
		}
		id := common.BytesToHash(k[8:])
		if st, err := s.storedStatus(id); err == nil && st != nil && st.Status == "rejected" {
			w.Delete(statusKey(id))
		}
		w.Delete(it.Key())
	}
	return it.Error()
}
