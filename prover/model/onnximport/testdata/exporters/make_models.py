#!/usr/bin/python3
"""Makes the exporter test models: small scikit-learn (skl2onnx) and torch
(torch.onnx.export) models, written unedited, with the inputs the Go tests
calibrate and evaluate on. reference.js then adds onnxruntime's outputs.

Needs Debian's python3-sklearn, python3-onnx, python3-torch and skl2onnx from
its source (PYTHONPATH), e.g. skl2onnx 1.14.1 and onnxconverter-common 1.13:

    PYTHONPATH=/path/to/skl2onnx-src /usr/bin/python3 make_models.py
    node reference.js            # with onnxruntime-node installed

Run by hand, never by make test: the outputs are committed.
"""
import json
import os

import numpy as np
import onnx
import torch
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler, StandardScaler
from skl2onnx import to_onnx

HERE = os.path.dirname(os.path.abspath(__file__))
N_CALIB, N_EVAL = 100, 100
rng = np.random.RandomState(0)
torch.manual_seed(0)


def split(x, y):
    idx = rng.permutation(len(x))
    return x[idx], y[idx]


def score_tensors(m):
    """Names whose float values the reference records: graph outputs that are
    tensors, and the inputs of heads and label ops (the scores Nexus proves)."""
    names = []
    for n in m.graph.node:
        if n.op_type in ("Softmax", "Sigmoid", "Tanh", "LogSoftmax", "ArgMax", "ZipMap"):
            names.append(n.input[0])
        if n.op_type in ("LinearClassifier",):
            names.append(n.output[1])
    return list(dict.fromkeys(names))


REF_DIR = os.environ.get("REF_DIR", "/tmp/nexus-onnx-ref")


def write(name, model, x_calib, x_eval, shape, note):
    onnx.checker.check_model(model)
    with open(os.path.join(HERE, name + ".onnx"), "wb") as f:
        f.write(model.SerializeToString())
    # reference.js runs a copy whose score tensors are graph outputs too.
    ref = onnx.ModelProto()
    ref.CopyFrom(model)
    have = {o.name for o in ref.graph.output}
    for t in score_tensors(model):
        if t not in have:
            ref.graph.output.append(onnx.helper.make_tensor_value_info(t, onnx.TensorProto.FLOAT, None))
    keep = [o for o in ref.graph.output if o.type.HasField("tensor_type")]  # not ZipMap's maps
    del ref.graph.output[:]
    ref.graph.output.extend(keep)
    os.makedirs(REF_DIR, exist_ok=True)
    onnx.save(ref, os.path.join(REF_DIR, name + ".onnx"))
    fetch = [o.name for o in ref.graph.output if o.type.HasField("tensor_type")]
    meta = {
        "name": name,
        "note": note,
        "input_shape": shape,
        "score_tensors": score_tensors(model),
        "fetch": fetch,
        "calib": np.round(x_calib, 6).tolist(),
        "eval": np.round(x_eval, 6).tolist(),
    }
    with open(os.path.join(HERE, name + ".inputs.json"), "w") as f:
        json.dump(meta, f)
    print(name, os.path.getsize(os.path.join(HERE, name + ".onnx")), "bytes")


def sklearn_models():
    d = load_digits()
    x, y = split(d.data.astype(np.float32), d.target)
    xt, yt = x[:-N_EVAL], y[:-N_EVAL]
    xe = x[-N_EVAL:]
    opts = {"target_opset": 13}

    clf = MLPClassifier(hidden_layer_sizes=(24,), max_iter=300, random_state=0).fit(xt / 16, yt)
    m = to_onnx(clf, (xt[:1] / 16).astype(np.float32), **opts)
    write("skl_mlp_classifier", m, xt[:N_CALIB] / 16, xe / 16, [64], "MLPClassifier on digits/16: ZipMap, ArgMax, INT32 classes, Cast")

    pipe = make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(24,), max_iter=300, random_state=0)).fit(xt, yt)
    m = to_onnx(pipe, xt[:1], **opts)
    write("skl_scaler_mlp", m, xt[:N_CALIB], xe, [64], "StandardScaler + MLPClassifier pipeline on raw digits")

    lr = make_pipeline(MinMaxScaler(), LogisticRegression(max_iter=500)).fit(xt, yt)
    m = to_onnx(lr, xt[:1], **opts)
    write("skl_minmax_logreg", m, xt[:N_CALIB], xe, [64], "MinMaxScaler + LogisticRegression (LinearClassifier, multinomial)")

    b = load_breast_cancer()
    xb, yb = split(b.data.astype(np.float32), b.target)
    lb = make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)).fit(xb[:-N_EVAL], yb[:-N_EVAL])
    m = to_onnx(lb, xb[:1], **opts)
    write("skl_logreg_binary", m, xb[:N_CALIB], xb[-N_EVAL:], [30], "StandardScaler + binary LogisticRegression (LinearClassifier, LOGISTIC)")

    dia = load_diabetes()
    xd, yd = split(dia.data.astype(np.float32), dia.target.astype(np.float32))
    reg = make_pipeline(MinMaxScaler(), MLPRegressor(hidden_layer_sizes=(16,), max_iter=2000, random_state=0)).fit(xd[:-N_EVAL], yd[:-N_EVAL] / 100)
    m = to_onnx(reg, xd[:1], **opts)
    write("skl_minmax_mlp_regressor", m, xd[:N_CALIB], xd[-N_EVAL:], [10], "MinMaxScaler + MLPRegressor on diabetes (target/100)")

    lin = LinearRegression().fit(xd[:-N_EVAL], yd[:-N_EVAL] / 100)
    m = to_onnx(lin, xd[:1], **opts)
    write("skl_linear_regression", m, xd[:N_CALIB], xd[-N_EVAL:], [10], "LinearRegression (LinearRegressor)")


class CNN(torch.nn.Module):
    """Conv + unfused BatchNorm + ReLU, MaxPool, a non-square conv, a padded
    AvgPool (Pad + AveragePool in opset 13), view(x.size(0), -1), Linear, Softmax."""

    def __init__(self):
        super().__init__()
        self.c1 = torch.nn.Conv2d(1, 6, 3, padding=1)
        self.bn = torch.nn.BatchNorm2d(6)
        self.pool = torch.nn.MaxPool2d(2)
        self.c2 = torch.nn.Conv2d(6, 8, (3, 1), padding=(1, 0))
        self.avg = torch.nn.AvgPool2d(2, stride=2, padding=1)
        self.fc = torch.nn.Linear(8 * 3 * 3, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.bn(self.c1(x))))
        x = self.avg(torch.relu(self.c2(x)))
        x = x.view(x.size(0), -1)
        return torch.softmax(self.fc(x), dim=1)


class Grouped(torch.nn.Module):
    """A grouped (depthwise) conv, stride 2, BatchNorm1d after a Linear, Flatten."""

    def __init__(self):
        super().__init__()
        self.c1 = torch.nn.Conv2d(1, 4, 3)
        self.c2 = torch.nn.Conv2d(4, 8, 3, stride=2, groups=4)
        self.flat = torch.nn.Flatten()
        self.fc1 = torch.nn.Linear(8 * 2 * 2, 16)
        self.bn = torch.nn.BatchNorm1d(16)
        self.fc2 = torch.nn.Linear(16, 10)

    def forward(self, x):
        x = torch.relu(self.c2(torch.relu(self.c1(x))))
        x = torch.relu(self.bn(self.fc1(self.flat(x))))
        return self.fc2(x)


class Seq(torch.nn.Module):
    """A [batch, 8, 8] (rank-3) input read as a sequence of 8 rows, flattened."""

    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(64, 32)
        self.fc2 = torch.nn.Linear(32, 10)

    def forward(self, x):
        x = x.reshape(x.shape[0], -1) * 0.5 + 0.1
        return self.fc2(torch.relu(self.fc1(x)))


class Acts(torch.nn.Module):
    """LeakyReLU after a conv (then MaxPool), Tanh and Sigmoid between Linear
    layers: lookup-table activations."""

    def __init__(self):
        super().__init__()
        self.c1 = torch.nn.Conv2d(1, 4, 3, padding=1)
        self.fc1 = torch.nn.Linear(4 * 4 * 4, 32)
        self.fc2 = torch.nn.Linear(32, 16)
        self.fc3 = torch.nn.Linear(16, 10)

    def forward(self, x):
        x = torch.nn.functional.max_pool2d(torch.nn.functional.leaky_relu(self.c1(x), 0.1), 2)
        x = torch.tanh(self.fc1(torch.flatten(x, 1)))
        return self.fc3(torch.sigmoid(self.fc2(x)))


class PoolPad(torch.nn.Module):
    """MaxPool2d with padding after a ReLU and after a conv with no activation
    (negative values: the padding must not act as a zero)."""

    def __init__(self):
        super().__init__()
        self.c1 = torch.nn.Conv2d(1, 4, 3)
        self.c2 = torch.nn.Conv2d(4, 8, 3, padding=1)
        self.fc = torch.nn.Linear(8 * 4 * 4, 10)

    def forward(self, x):
        x = torch.nn.functional.max_pool2d(torch.relu(self.c1(x)), 3, stride=2, padding=1)
        x = torch.nn.functional.max_pool2d(self.c2(x) - 1.0, 2, stride=1, padding=1)
        return self.fc(torch.flatten(x, 1))


class GeluPrelu(torch.nn.Module):
    """GELU (exported as Div, Erf, Add, Mul, Mul) and PReLU (one slope)."""

    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(64, 32)
        self.fc2 = torch.nn.Linear(32, 16)
        self.fc3 = torch.nn.Linear(16, 10)
        self.gelu = torch.nn.GELU()
        self.prelu = torch.nn.PReLU()

    def forward(self, x):
        x = self.gelu(self.fc1(torch.flatten(x, 1)))
        return self.fc3(self.prelu(self.fc2(x)))


def train(net, x, y, epochs=30):
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    xt, yt = torch.tensor(x), torch.tensor(y)
    for _ in range(epochs):
        for i in range(0, len(xt), 64):
            opt.zero_grad()
            out = net(xt[i:i + 64])
            if isinstance(net, CNN):  # it ends in a softmax
                loss = torch.nn.functional.nll_loss(torch.log(out + 1e-9), yt[i:i + 64])
            else:
                loss = torch.nn.functional.cross_entropy(out, yt[i:i + 64])
            loss.backward()
            opt.step()
    net.eval()
    return net


def export(net, name, example, opset, x_calib, x_eval, shape, note, dynamic=True, fold=True):
    path = os.path.join(HERE, name + ".onnx")
    axes = {"input": {0: "batch"}} if dynamic else None
    # fold=False keeps BatchNormalization nodes (eval mode, not fused into the conv).
    mode = torch.onnx.TrainingMode.EVAL if fold else torch.onnx.TrainingMode.PRESERVE
    torch.onnx.export(net, example, path, opset_version=opset, input_names=["input"], output_names=["output"],
                      dynamic_axes=axes, do_constant_folding=fold, training=mode)
    write(name, onnx.load(path), x_calib, x_eval, shape, note)


def torch_models():
    d = load_digits()
    x, y = split((d.data / 16).astype(np.float32), d.target.astype(np.int64))
    img = x.reshape(-1, 1, 8, 8)
    xt, yt, ie = img[:-N_EVAL], y[:-N_EVAL], img[-N_EVAL:]

    net = train(CNN(), xt, yt)
    export(net, "torch_cnn_opset13", torch.zeros(1, 1, 8, 8), 13, xt[:N_CALIB].reshape(N_CALIB, -1), ie.reshape(N_EVAL, -1), [1, 8, 8],
           "Conv+BatchNorm (unfused: no constant folding)+ReLU, MaxPool, 3x1 conv, Pad+AvgPool, view, Linear, Softmax", fold=False)
    export(net, "torch_cnn_opset17", torch.zeros(1, 1, 8, 8), 17, xt[:N_CALIB].reshape(N_CALIB, -1), ie.reshape(N_EVAL, -1), [1, 8, 8],
           "the same net, opset 17, constant folding on (BatchNorm fused by torch), fixed batch 1", dynamic=False)

    net = train(Grouped(), xt, yt)
    export(net, "torch_grouped_opset15", torch.zeros(1, 1, 8, 8), 15, xt[:N_CALIB].reshape(N_CALIB, -1), ie.reshape(N_EVAL, -1), [1, 8, 8],
           "grouped conv (groups=4), stride 2, Flatten, Linear+BatchNorm1d (unfused)+ReLU", fold=False)

    seq = x.reshape(-1, 8, 8)
    net = train(Seq(), seq[:-N_EVAL], yt)
    export(net, "torch_rank3_opset14", torch.zeros(1, 8, 8), 14, seq[:N_CALIB].reshape(N_CALIB, -1), seq[-N_EVAL:].reshape(N_EVAL, -1), [8, 8],
           "a rank-3 [batch, 8, 8] input, reshape(x.shape[0], -1), Mul/Add by constants, two Linear")

    net = train(Acts(), xt, yt)
    export(net, "torch_activations_opset16", torch.zeros(1, 1, 8, 8), 16, xt[:N_CALIB].reshape(N_CALIB, -1), ie.reshape(N_EVAL, -1), [1, 8, 8],
           "LeakyReLU (conv, then MaxPool), Tanh and Sigmoid between Linear layers")

    net = train(PoolPad(), xt, yt)
    export(net, "torch_maxpool_pad_opset13", torch.zeros(1, 1, 8, 8), 13, xt[:N_CALIB].reshape(N_CALIB, -1), ie.reshape(N_EVAL, -1), [1, 8, 8],
           "padded MaxPool after ReLU and on signed values (padding adds no values)")

    net = train(GeluPrelu(), xt, yt)
    export(net, "torch_gelu_prelu_opset17", torch.zeros(1, 1, 8, 8), 17, xt[:N_CALIB].reshape(N_CALIB, -1), ie.reshape(N_EVAL, -1), [1, 8, 8],
           "GELU (Div/Erf/Add/Mul/Mul pattern) and PReLU with one slope: lookup tables")


def sklearn_binary_mlp():
    """A binary MLPClassifier: one logit, Sigmoid, then Sub/Concat into two
    probabilities (its own random state: the other models do not move)."""
    r = np.random.RandomState(1)
    b = load_breast_cancer()
    idx = r.permutation(len(b.data))
    x, y = b.data[idx].astype(np.float32), b.target[idx]
    clf = make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(8,), max_iter=500, random_state=0)).fit(x[:-N_EVAL], y[:-N_EVAL])
    m = to_onnx(clf, x[:1], target_opset=13)
    write("skl_mlp_binary", m, x[:N_CALIB], x[-N_EVAL:], [30], "StandardScaler + binary MLPClassifier: Sigmoid, Sub, Concat")


if __name__ == "__main__":
    sklearn_models()
    torch_models()
    sklearn_binary_mlp()
