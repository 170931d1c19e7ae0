package bn254

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
)

// checkpoint keeps a setup's stages on disk so that a setup killed midway
// resumes where it stopped: the toxic waste first (this is a dev setup,
// UNSAFE by construction; the caller deletes the directory once the keys are
// saved), then every group of points once computed. A stage is written to a
// temporary file and renamed, so a stage file is whole or absent. An empty
// dir keeps nothing.
type checkpoint struct {
	dir    string
	loaded int // stages read back, for the caller's log
}

// load decodes stage name into v and reports whether it was there.
func (c *checkpoint) load(name string, v any) (bool, error) {
	if c.dir == "" {
		return false, nil
	}
	f, err := os.Open(filepath.Join(c.dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	// The points were computed here and written whole; the subgroup checks
	// would cost more than recomputing them.
	if err := curve.NewDecoder(bufio.NewReaderSize(f, 1<<20), curve.NoSubgroupChecks()).Decode(v); err != nil {
		return false, fmt.Errorf("devsetup: checkpoint %s: %w", name, err)
	}
	c.loaded++
	return true, nil
}

// save writes stage name.
func (c *checkpoint) save(name string, v any) error {
	if c.dir == "" {
		return nil
	}
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return err
	}
	tmp := filepath.Join(c.dir, name+".tmp")
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	err = curve.NewEncoder(w, curve.RawEncoding()).Encode(v)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("devsetup: checkpoint %s: %w", name, err)
	}
	return os.Rename(tmp, filepath.Join(c.dir, name))
}
