package memorydb

import (
	"testing"

	"github.com/nexus-rollup/nexus/kv"
	"github.com/nexus-rollup/nexus/kv/kvtest"
)

func TestConformance(t *testing.T) {
	kvtest.TestStore(t, func(*testing.T) kv.Store { return New() })
}
