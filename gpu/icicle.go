//go:build icicle

package gpu

import (
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	icicle_groth16 "github.com/consensys/gnark/backend/accelerated/icicle/groth16"
	icicle_bls12377 "github.com/consensys/gnark/backend/accelerated/icicle/groth16/bls12-377"
	icicle_bn254 "github.com/consensys/gnark/backend/accelerated/icicle/groth16/bn254"
	icicle_bw6761 "github.com/consensys/gnark/backend/accelerated/icicle/groth16/bw6-761"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bls12377 "github.com/consensys/gnark/backend/groth16/bls12-377"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	groth16_bw6761 "github.com/consensys/gnark/backend/groth16/bw6-761"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	icicle_runtime "github.com/ingonyama-zk/icicle-gnark/v3/wrappers/golang/runtime"
)

// Built reports whether this binary was built with the icicle tag.
const Built = true

// icicleBackend proves with gnark's ICICLE Groth16 prover on one CUDA
// device. gnark's ICICLE prover takes its own proving key type, which embeds
// the CPU one and adds device pointers: each CPU key is wrapped once (the
// wrapper shares the CPU key's slices, so it costs no host memory) and the
// wrapper is kept, so the device-side setup is done once per key.
type icicleBackend struct {
	device int

	mu   sync.Mutex
	keys map[groth16.ProvingKey]groth16.ProvingKey
}

// openICICLE loads ICICLE's CUDA backend libraries
// ($ICICLE_BACKEND_INSTALL_DIR, else /opt/icicle/lib/backend) and checks
// that device is there.
func openICICLE(device int) (b Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("opening ICICLE: %v", r)
		}
	}()
	if e := icicle_runtime.LoadBackendFromEnvOrDefault(); e != icicle_runtime.Success {
		return nil, fmt.Errorf("loading ICICLE's CUDA backend from ICICLE_BACKEND_INSTALL_DIR=%q: %s",
			os.Getenv("ICICLE_BACKEND_INSTALL_DIR"), e.AsString())
	}
	dev := icicle_runtime.CreateDevice(icicle.CUDA.String(), device)
	if !icicle_runtime.IsDeviceAvailable(&dev) { // the CUDA backend is not registered
		return nil, fmt.Errorf("%w: ICICLE's CUDA backend did not load (is ICICLE_BACKEND_INSTALL_DIR=%q the built lib/backend folder?)",
			ErrNoDevice, os.Getenv("ICICLE_BACKEND_INSTALL_DIR"))
	}
	if err := probeDevice(dev, device); err != nil {
		return nil, err
	}
	return &icicleBackend{device: device, keys: map[groth16.ProvingKey]groth16.ProvingKey{}}, nil
}

// probeDevice asks CUDA for its devices. ICICLE's active device is per OS
// thread, so this runs on a locked one. Without this check a machine with the
// backend but no GPU would pass Open and panic in gnark's first Prove.
func probeDevice(dev icicle_runtime.Device, id int) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		defer func() {
			if r := recover(); r != nil {
				errc <- fmt.Errorf("%w: %v", ErrNoDevice, r)
			}
		}()
		if e := icicle_runtime.SetDevice(&dev); e != icicle_runtime.Success {
			errc <- fmt.Errorf("%w: selecting CUDA device %d: %s", ErrNoDevice, id, e.AsString())
			return
		}
		n, e := icicle_runtime.GetDeviceCount()
		switch {
		case e != icicle_runtime.Success:
			errc <- fmt.Errorf("%w: counting CUDA devices: %s", ErrNoDevice, e.AsString())
		case id >= n:
			errc <- fmt.Errorf("%w %d: this machine has %d", ErrNoDevice, id, n)
		default:
			errc <- nil
		}
	}()
	return <-errc
}

func (b *icicleBackend) Name() string { return fmt.Sprintf("icicle-cuda:%d", b.device) }

func (b *icicleBackend) Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, w witness.Witness, opts ...backend.ProverOption) (groth16.Proof, error) {
	ipk, err := b.key(pk)
	if err != nil {
		return nil, err
	}
	return icicle_groth16.Prove(ccs, ipk, w, icicle.WithDeviceID(b.device), icicle.WithProverOptions(opts...))
}

// key returns the ICICLE proving key wrapping pk.
func (b *icicleBackend) key(pk groth16.ProvingKey) (groth16.ProvingKey, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if k, ok := b.keys[pk]; ok {
		return k, nil
	}
	var k groth16.ProvingKey
	switch pk := pk.(type) {
	case *groth16_bls12377.ProvingKey:
		k = &icicle_bls12377.ProvingKey{ProvingKey: *pk}
	case *groth16_bw6761.ProvingKey:
		k = &icicle_bw6761.ProvingKey{ProvingKey: *pk}
	case *groth16_bn254.ProvingKey:
		k = &icicle_bn254.ProvingKey{ProvingKey: *pk}
	case *icicle_bls12377.ProvingKey, *icicle_bw6761.ProvingKey, *icicle_bn254.ProvingKey:
		k = pk
	default:
		return nil, fmt.Errorf("ICICLE: unsupported proving key %T (BLS12-377, BW6-761 and BN254 only)", pk)
	}
	b.keys[pk] = k
	return k, nil
}
