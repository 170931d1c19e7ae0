#!/usr/bin/python3
"""Trains and exports the transformer test models: pre-LN single-head
self-attention blocks (LayerNorm, Q·Kᵀ scaled, Softmax, A·V, output
projection, residual; LayerNorm, Linear, GELU, Linear, residual), a final
LayerNorm, mean pooling over tokens and a Linear head, exported unedited by
torch.onnx.export.

The task: a sequence of T tokens from a vocabulary of V, one-hot encoded
([T, V] floats); the class is how many later tokens equal the first one
(0, 1, 2, or 3 and more). Attention has to compare every token with the first.

Needs Debian's python3-torch and python3-onnx; about a minute per model at
nice 10 on two cores:

    /usr/bin/python3 make_transformer.py
    NODE_PATH=... node ../exporters/reference.js .   # onnxruntime-node outputs

Run by hand, never by make test: the outputs are committed.
"""
import json
import math
import os
import sys

import numpy as np
import onnx
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
REF_DIR = os.environ.get("REF_DIR", "/tmp/nexus-onnx-ref")
N_CALIB, N_EVAL = 200, 200


class Block(nn.Module):
    def __init__(self, d, hidden):
        super().__init__()
        self.ln1 = nn.LayerNorm(d)
        self.q, self.k, self.v = nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d)
        self.o = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc1, self.act, self.fc2 = nn.Linear(d, hidden), nn.GELU(), nn.Linear(hidden, d)
        self.scale = 1 / math.sqrt(d)

    def forward(self, x):
        a = self.ln1(x)
        q, k, v = self.q(a), self.k(a), self.v(a)
        att = torch.softmax(q @ k.transpose(1, 2) * self.scale, dim=-1)
        x = x + self.o(att @ v)
        return x + self.fc2(self.act(self.fc1(self.ln2(x))))


class Transformer(nn.Module):
    def __init__(self, tokens, vocab, d, hidden, layers, classes):
        super().__init__()
        self.emb = nn.Linear(vocab, d)
        self.pos = nn.Parameter(0.1 * torch.randn(tokens, d))
        self.blocks = nn.ModuleList([Block(d, hidden) for _ in range(layers)])
        self.ln = nn.LayerNorm(d)
        self.head = nn.Linear(d, classes)

    def forward(self, x):  # x: [batch, tokens, vocab]
        h = self.emb(x) + self.pos
        for b in self.blocks:
            h = b(h)
        return self.head(self.ln(h).mean(dim=1))


def dataset(n, tokens, vocab, rng):
    """Sequences whose first token recurs c times later, c uniform in 0..3."""
    seq = np.zeros((n, tokens), dtype=np.int64)
    y = rng.randint(0, 4, size=n)
    for i in range(n):
        first = rng.randint(vocab)
        others = [t for t in range(vocab) if t != first]
        s = [first] + list(rng.choice(others, size=tokens - 1))
        for p in rng.choice(np.arange(1, tokens), size=y[i], replace=False):
            s[p] = first
        seq[i] = s
    x = np.eye(vocab, dtype=np.float32)[seq]
    return x, np.minimum(y, 3)


def train(net, x, y, steps, lr=3e-3):
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    xt, yt = torch.tensor(x), torch.tensor(y)
    gen = torch.Generator().manual_seed(0)
    for step in range(steps):
        idx = torch.randint(0, len(xt), (128,), generator=gen)
        loss = nn.functional.cross_entropy(net(xt[idx]), yt[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % 500 == 0:
            print(f"  step {step} loss {loss.item():.3f}", flush=True)


def make(name, tokens, vocab, d, hidden, layers, steps, opset, also=()):
    """Trains one model and exports it at opset (as NAME) and at each opset
    of also (as NAME_opsetN: below 17 LayerNorm is decomposed)."""
    rng = np.random.RandomState(0)
    torch.manual_seed(0)
    x, y = dataset(20000 + N_CALIB + N_EVAL, tokens, vocab, rng)
    net = Transformer(tokens, vocab, d, hidden, layers, 4)
    train(net, x[:20000], y[:20000], steps)
    net.eval()
    xc, xe, ye = x[20000:20000 + N_CALIB], x[-N_EVAL:], y[-N_EVAL:]
    with torch.no_grad():
        acc = (net(torch.tensor(xe)).argmax(1).numpy() == ye).mean()
    print(f"{name}: held-out accuracy {acc:.3f}")
    for o in also:
        export(net, f"{name}_opset{o}", tokens, vocab, o, layers, d, hidden, acc, xc, xe, ye)
    export(net, name, tokens, vocab, opset, layers, d, hidden, acc, xc, xe, ye)


def export(net, name, tokens, vocab, opset, layers, d, hidden, acc, xc, xe, ye):
    path = os.path.join(HERE, name + ".onnx")
    torch.onnx.export(net, torch.zeros(1, tokens, vocab), path, opset_version=opset, input_names=["input"],
                      output_names=["output"], dynamic_axes={"input": {0: "batch"}}, do_constant_folding=True)
    m = onnx.load(path)
    onnx.checker.check_model(m)
    os.makedirs(REF_DIR, exist_ok=True)
    onnx.save(m, os.path.join(REF_DIR, name + ".onnx"))
    meta = {
        "name": name,
        "note": f"{layers} pre-LN single-head attention blocks, T={tokens}, V={vocab}, d={d}, MLP {hidden}, opset {opset}; "
                f"float held-out accuracy {acc:.3f}",
        "input_shape": [tokens, vocab],
        "score_tensors": [],
        "fetch": ["output"],
        "calib": xc.reshape(N_CALIB, -1).tolist(),
        "eval": xe.reshape(N_EVAL, -1).tolist(),
        "labels": ye.tolist(),
    }
    with open(os.path.join(HERE, name + ".inputs.json"), "w") as f:
        json.dump(meta, f)
    print(name, os.path.getsize(path), "bytes", flush=True)


if __name__ == "__main__":
    which = sys.argv[1:] or ["small", "bench"]
    torch.set_num_threads(1)
    if "small" in which:
        make("transformer_small", tokens=8, vocab=8, d=16, hidden=32, layers=1, steps=3000, opset=17, also=(14,))
    if "bench" in which:
        make("transformer_bench", tokens=16, vocab=8, d=32, hidden=64, layers=2, steps=3000, opset=17)
