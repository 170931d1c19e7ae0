// Package train trains the demo models (an MLP 784-56-10 and a LeNet-style
// CNN) on MNIST with plain minibatch SGD. Single-threaded float64 with a
// seeded generator, so a run is bit-for-bit reproducible.
package train

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/nexus-rollup/nexus/prover/model"
)

// Config are the training hyper-parameters.
type Config struct {
	Seed      uint64
	Epochs    int
	Batch     int
	LR        float64
	Momentum  float64
	LogEpochs func(epoch int, loss float64)
}

// DefaultConfig trains in seconds on 2 cores and reaches ~95% on the held-out digits.
func DefaultConfig() Config {
	return Config{Seed: 7, Epochs: 8, Batch: 32, LR: 0.05, Momentum: 0.9}
}

// MLP returns an untrained 784-56-10 MLP (the public ZKML benchmark shape).
func MLP() *model.FloatModel {
	return &model.FloatModel{Name: "mnist-mlp-784-56-10", InputShape: []int{784}, Layers: []model.FloatLayer{
		{Kind: model.Dense, In: 784, Out: 56, ReLU: true},
		{Kind: model.Dense, In: 56, Out: 10},
	}}
}

// CNN returns an untrained LeNet-style CNN: conv5x5(4) relu pool2,
// conv5x5(8) relu pool2, dense 128-10. ReLU sits before each pool; the two
// commute, and that order lets the circuit fuse ReLU into requantization.
func CNN() *model.FloatModel {
	return &model.FloatModel{Name: "mnist-lenet-cnn", InputShape: []int{1, 28, 28}, Layers: []model.FloatLayer{
		{Kind: model.Conv, InC: 1, OutC: 4, K: 5, Stride: 1, ReLU: true},
		{Kind: model.MaxPool, K: 2, Stride: 2},
		{Kind: model.Conv, InC: 4, OutC: 8, K: 5, Stride: 1, ReLU: true},
		{Kind: model.MaxPool, K: 2, Stride: 2},
		{Kind: model.Dense, In: 128, Out: 10},
	}}
}

// Fit initialises fm's parameters (He init from cfg.Seed) and trains it on
// inputs/labels with softmax cross-entropy.
func Fit(fm *model.FloatModel, inputs [][]float64, labels []int, cfg Config) error {
	if err := fm.CheckGeometry(); err != nil {
		return err
	}
	if len(inputs) == 0 || len(inputs) != len(labels) {
		return fmt.Errorf("train: %d inputs, %d labels", len(inputs), len(labels))
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x747261696e))
	for i := range fm.Layers {
		l := &fm.Layers[i]
		nw, nb := l.Sizes()
		fanIn := nw / max(nb, 1)
		l.W, l.B = make([]float64, nw), make([]float64, nb)
		std := math.Sqrt(2 / float64(max(fanIn, 1)))
		for j := range l.W {
			l.W[j] = rng.NormFloat64() * std
		}
	}
	g := newGrads(fm)
	vel := newGrads(fm)
	order := make([]int, len(inputs))
	for i := range order {
		order[i] = i
	}
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := cfg.LR * (1 - float64(epoch)/float64(cfg.Epochs+1))
		total := 0.0
		for start := 0; start < len(order); start += cfg.Batch {
			g.zero()
			end := min(start+cfg.Batch, len(order))
			for _, n := range order[start:end] {
				loss, err := backprop(fm, inputs[n], labels[n], g)
				if err != nil {
					return err
				}
				total += loss
			}
			scale := 1 / float64(end-start)
			for i := range fm.Layers {
				l := &fm.Layers[i]
				for j := range l.W {
					vel.w[i][j] = cfg.Momentum*vel.w[i][j] - lr*scale*g.w[i][j]
					l.W[j] += vel.w[i][j]
				}
				for j := range l.B {
					vel.b[i][j] = cfg.Momentum*vel.b[i][j] - lr*scale*g.b[i][j]
					l.B[j] += vel.b[i][j]
				}
			}
		}
		if cfg.LogEpochs != nil {
			cfg.LogEpochs(epoch, total/float64(len(order)))
		}
	}
	return nil
}

type grads struct{ w, b [][]float64 }

func newGrads(fm *model.FloatModel) *grads {
	g := &grads{}
	for i := range fm.Layers {
		g.w = append(g.w, make([]float64, len(fm.Layers[i].W)))
		g.b = append(g.b, make([]float64, len(fm.Layers[i].B)))
	}
	return g
}

func (g *grads) zero() {
	for i := range g.w {
		clear(g.w[i])
		clear(g.b[i])
	}
}

// backprop accumulates the gradient of one sample's loss into g.
func backprop(fm *model.FloatModel, x []float64, label int, g *grads) (float64, error) {
	trace, err := fm.Forward(x)
	if err != nil {
		return 0, err
	}
	logits := trace[len(trace)-1]
	mx := logits[model.Argmax(logits)]
	sum := 0.0
	p := make([]float64, len(logits))
	for j, v := range logits {
		p[j] = math.Exp(v - mx)
		sum += p[j]
	}
	for j := range p {
		p[j] /= sum
	}
	loss := -math.Log(max(p[label], 1e-12))
	dy := p
	dy[label] -= 1
	shapes := fm.Shapes()
	for i := len(fm.Layers) - 1; i >= 0; i-- {
		l := &fm.Layers[i]
		in, y := trace[i], trace[i+1]
		if l.ReLU {
			for j := range dy {
				if y[j] <= 0 {
					dy[j] = 0
				}
			}
		}
		dx := make([]float64, len(in))
		switch l.Kind {
		case model.Dense:
			for o := range l.Out {
				d := dy[o]
				if d == 0 {
					continue
				}
				g.b[i][o] += d
				row, grow := l.W[o*l.In:(o+1)*l.In], g.w[i][o*l.In:(o+1)*l.In]
				for j := range row {
					grow[j] += d * in[j]
					dx[j] += row[j] * d
				}
			}
		case model.Conv:
			os := shapes[i+1]
			for oc := range l.OutC {
				for oy := range os.H {
					for ox := range os.W {
						d := dy[(oc*os.H+oy)*os.W+ox]
						if d == 0 {
							continue
						}
						g.b[i][oc] += d
						fm.WalkConv(i, shapes[i], oc, oy, ox, func(wi, idx int) {
							g.w[i][wi] += d * in[idx]
							dx[idx] += l.W[wi] * d
						})
					}
				}
			}
		case model.MaxPool:
			os := shapes[i+1]
			for c := range os.C {
				for oy := range os.H {
					for ox := range os.W {
						o := (c*os.H+oy)*os.W + ox
						arg := -1
						fm.WalkPool(i, shapes[i], c, oy, ox, func(idx int) {
							if arg < 0 || in[idx] > in[arg] {
								arg = idx
							}
						})
						dx[arg] += dy[o]
					}
				}
			}
		}
		dy = dx
	}
	return loss, nil
}
