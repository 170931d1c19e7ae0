//go:build !icicle

package gpu

// openICICLE: this build has no ICICLE (and no cgo).
func openICICLE(int) (Backend, error) { return nil, ErrNotBuilt }

// Built reports whether this binary was built with the icicle tag.
const Built = false
