package circuit

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/constraints.csv")

// TestGolden_constraintCounts makes any change in circuit size a visible
// diff of testdata/constraints.csv (rewrite with -update or make generate).
func TestGolden_constraintCounts(t *testing.T) {
	got, err := GoldenCSV(filepath.Join("..", "model", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "constraints.csv")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./prover/circuit -run Golden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("constraint counts changed:\n got:\n%s want:\n%s", got, want)
	}
}
