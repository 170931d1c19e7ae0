package sequencer

import (
	"encoding/json"
	"errors"
	"fmt"

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
func (s *Sequencer) wasIncluded(id common.Hash) bool {
	st, err := s.storedStatus(id)
	return err == nil && st != nil && st.Status == "included"
}
