package modelset

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"

	"github.com/nexus-rollup/nexus/prover/model/modeltest"
	"github.com/nexus-rollup/nexus/prover/statement"
	"github.com/nexus-rollup/nexus/sequencer/proverapi"
)

func TestProveVerify(t *testing.T) {
	dir := t.TempDir()
	enc, _ := modeltest.Tiny().Encode()
	f := filepath.Join(dir, "tiny.nxm")
	os.WriteFile(f, enc, 0o644)
	p, _ := New(Config{Files: map[uint32]string{3: f}, KeyCache: dir, Setup: true})
	v, _ := New(Config{Files: map[uint32]string{3: f}, KeyCache: dir})
	input := make([]byte, 16)
	salt, _ := statement.RandomSalt()
	r, err := p.Prove(3, 5, input, salt)
	if err != nil {
		t.Fatal(err)
	}
	ic := statement.Commit(input, salt)
	if err := v.Verify(3, 5, ic, r.Output, r.OutputSalt, r.OutputCommit, r.Proof); err != nil {
		t.Fatal(err)
	}
	other, _ := p.Prove(3, 6, input, salt)
	flip := func(i int) []byte { b := append([]byte(nil), r.Proof...); b[i] ^= 1; return b }
	wrongOut := append([]int64(nil), r.Output...)
	wrongOut[0]--
	badSalt := r.OutputSalt
	badSalt.SetUint64(1)
	tests := []struct {
		name   string
		model  uint32
		job    uint32
		output []int64
		salt   fr.Element
		commit fr.Element
		proof  []byte
		want   error
	}{
		{"unknown model", 9, 5, r.Output, r.OutputSalt, r.OutputCommit, r.Proof, ErrUnknownModel},
		{"wrong job", 3, 6, r.Output, r.OutputSalt, r.OutputCommit, r.Proof, ErrBadProof},
		{"another job's proof", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, other.Proof, ErrBadProof},
		{"output does not open", 3, 5, wrongOut, r.OutputSalt, r.OutputCommit, r.Proof, ErrBadOutput},
		{"wrong salt", 3, 5, r.Output, badSalt, r.OutputCommit, r.Proof, ErrBadOutput},
		{"short output", 3, 5, r.Output[:1], r.OutputSalt, r.OutputCommit, r.Proof, ErrBadOutput},
		{"output out of range", 3, 5, []int64{1000, 0, 0}, r.OutputSalt, r.OutputCommit, r.Proof, ErrBadOutput},
		{"empty proof", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, nil, ErrBadProof},
		{"truncated proof", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, r.Proof[:len(r.Proof)-1], ErrBadProof},
		{"extended proof", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, append(append([]byte(nil), r.Proof...), 0), ErrBadProof},
		{"oversize proof", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, make([]byte, MaxProofSize+1), ErrBadProof},
		{"zero proof", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, make([]byte, len(r.Proof)), ErrBadProof},
		{"flipped first byte", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, flip(0), ErrBadProof},
		{"flipped middle byte", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, flip(len(r.Proof) / 2), ErrBadProof},
		{"flipped last byte", 3, 5, r.Output, r.OutputSalt, r.OutputCommit, flip(len(r.Proof) - 1), ErrBadProof},
	}
	for _, tt := range tests {
		err := v.Verify(tt.model, tt.job, ic, tt.output, tt.salt, tt.commit, tt.proof)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
		// The sequencer reads bad proofs and unknown models by proverapi's
		// errors, without importing this package.
		if badProof := errors.Is(err, ErrBadProof); errors.Is(err, proverapi.ErrBadProof) != badProof {
			t.Errorf("%s: %v is ErrBadProof %v but proverapi.ErrBadProof %v", tt.name, err, badProof, !badProof)
		}
		if errors.Is(tt.want, ErrUnknownModel) && !errors.Is(err, proverapi.ErrUnknownModel) {
			t.Errorf("%s: %v is not proverapi.ErrUnknownModel", tt.name, err)
		}
	}
}

func TestParseFiles(t *testing.T) {
	got, err := ParseFiles([]string{"1=a.nxm, 2=/abs/b.nxm", "3=c.nxm"}, "/models")
	if err != nil || got[1] != "/models/a.nxm" || got[2] != "/abs/b.nxm" || got[3] != "/models/c.nxm" {
		t.Fatalf("%v %v", got, err)
	}
	for _, bad := range []string{"a.nxm", "0=a.nxm", "x=a.nxm", "1=", "1=a,1=b", "4294967296=a"} {
		if _, err := ParseFiles([]string{bad}, ""); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
