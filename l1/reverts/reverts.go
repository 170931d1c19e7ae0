// Package reverts names the custom errors that Nexus contracts revert with,
// so that a failed call or transaction reads "Rollup_BadStateRoot()" instead
// of a hex blob.
package reverts

import (
	"encoding/hex"
	"errors"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nexus-rollup/nexus/bindings"
)

var (
	once   sync.Once
	errsBy map[[4]byte]abi.Error
)

func load() {
	errsBy = map[[4]byte]abi.Error{}
	for _, md := range []*bind.MetaData{
		bindings.NexusRollupMetaData, bindings.ProverRegistryMetaData, bindings.ModelRegistryMetaData,
		bindings.VerifierMetaData, bindings.PendingVerifierMetaData, bindings.VerifierSlotMetaData, bindings.PubdataMetaData,
		bindings.ExitRootMetaData, bindings.OwnedMetaData, bindings.ReentrancyGuardMetaData, bindings.SafeTransferMetaData,
	} {
		a, err := md.GetAbi()
		if err != nil {
			continue // generated ABIs parse; TestEveryABIParses guards it
		}
		for _, e := range a.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			errsBy[id] = e
		}
	}
}

// Data returns the revert data carried by err (an RPC error from eth_call or
// eth_estimateGas), if any.
func Data(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	var s string
	switch d := de.ErrorData().(type) {
	case string:
		s = d
	case []byte:
		return d, true
	default:
		return nil, false
	}
	b, herr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if herr != nil {
		return nil, false
	}
	return b, true
}

// Name returns the custom error's name for revert data ("ProofInvalid"),
// "Error(reason)" for a require string, or "" when unknown.
func Name(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	once.Do(load)
	var id [4]byte
	copy(id[:], data[:4])
	if e, ok := errsBy[id]; ok {
		return e.Name
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return "Error(" + reason + ")"
	}
	return ""
}

// Of returns the name of the error a failed call reverted with, or "".
func Of(err error) string {
	d, ok := Data(err)
	if !ok {
		return ""
	}
	return Name(d)
}
