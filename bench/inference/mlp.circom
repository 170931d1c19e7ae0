pragma circom 2.0.0;

// The Nexus MNIST MLP (784-N1-N2) as a circom circuit, for the side-by-side
// benchmark in bench/results.md. Same arithmetic as prover/model.Run and
// prover/circuit: int8 weights, int32 biases, requantization
// y = clamp(floor((acc*M + 2^(S-1)) / 2^S), LO, HI), ReLU as the [0,255]
// clamp, and a statement Poseidon(modelId, jobId, inputCommit, outputCommit)
// with commitments over the input/output bytes packed 31 per field element.
//
// Differences, all in circom's favour: weights and biases are private
// INPUTS (the idiomatic circom design, as in the public ZKML benchmarks)
// and are not range-checked or hashed; circomlib Poseidon over BN254 absorbs
// up to 16 elements per call where Nexus uses Poseidon2 with a width-2
// Merkle-Damgard chain over BLS12-377.

include "node_modules/circomlib/circuits/poseidon.circom";
include "node_modules/circomlib/circuits/bitify.circom";
include "node_modules/circomlib/circuits/comparators.circom";

// Requant: K bounds |q| < 2^K, so q + 2^K fits K+1 bits.
template Requant(M, S, LO, HI, K) {
    signal input acc;
    signal output y;
    var OFF = 2 ** K;
    var R = 2 ** (S - 1);
    signal tp <== acc * M + R + OFF * (2 ** S);
    signal qp;
    signal r;
    qp <-- tp \ (2 ** S);
    r <-- tp % (2 ** S);
    tp === qp * (2 ** S) + r;
    component rb = Num2Bits(S);
    rb.in <== r;
    component qb = Num2Bits(K + 1);
    qb.in <== qp;
    component lt = LessThan(K + 1);
    lt.in[0] <== qp;
    lt.in[1] <== LO + OFF;
    component gt = GreaterThan(K + 1);
    gt.in[0] <== qp;
    gt.in[1] <== HI + OFF;
    signal q <== qp - OFF;
    signal t1 <== lt.out * (LO - q);
    signal t2 <== gt.out * (HI - q);
    y <== q + t1 + t2;
}

// Dense layer with weights as inputs.
template Dense(NIN, NOUT, M, S, LO, HI, K) {
    signal input x[NIN];
    signal input w[NOUT][NIN];
    signal input b[NOUT];
    signal output y[NOUT];
    signal p[NOUT][NIN];
    component rq[NOUT];
    for (var o = 0; o < NOUT; o++) {
        var acc = b[o];
        for (var j = 0; j < NIN; j++) {
            p[o][j] <== w[o][j] * x[j];
            acc += p[o][j];
        }
        rq[o] = Requant(M, S, LO, HI, K);
        rq[o].acc <== acc;
        y[o] <== rq[o].y;
    }
}

// Poseidon over N packed elements and a salt, 16 at a time (chained).
template Commit(N) {
    signal input e[N];
    signal input salt;
    signal output out;
    var NC = (N + 1 + 14) \ 15; // chunks: the first takes 16, later ones 15 + the chain value
    component h[NC];
    var k = 0;
    for (var c = 0; c < NC; c++) {
        var take = 16;
        if (c > 0) { take = 15; }
        var left = N + 1 - k;
        if (left < take) { take = left; }
        var width = take;
        if (c > 0) { width = take + 1; }
        h[c] = Poseidon(width);
        var off = 0;
        if (c > 0) { h[c].inputs[0] <== h[c - 1].out; off = 1; }
        for (var i = 0; i < take; i++) {
            if (k + i < N) { h[c].inputs[off + i] <== e[k + i]; } else { h[c].inputs[off + i] <== salt; }
        }
        k += take;
    }
    out <== h[NC - 1].out;
}

template MLP(N0, N1, N2, M1, S1, K1, M2, S2, K2) {
    signal input x[N0];
    signal input w1[N1][N0];
    signal input b1[N1];
    signal input w2[N2][N1];
    signal input b2[N2];
    signal input modelId;
    signal input jobId;
    signal input inSalt;
    signal input outSalt;
    signal output statement;
    // The output values are public too, so the benchmark can check that circom
    // computed exactly what prover/model.Run computes.
    signal output y[N2];

    // Input bytes: range-checked, then packed 31 per element.
    var NE = (N0 + 30) \ 31;
    component xb[N0];
    signal e[NE];
    for (var k = 0; k < NE; k++) {
        var lc = 0;
        for (var j = 0; j < 31 && 31 * k + j < N0; j++) {
            xb[31 * k + j] = Num2Bits(8);
            xb[31 * k + j].in <== x[31 * k + j];
            lc += x[31 * k + j] * (256 ** j);
        }
        e[k] <== lc;
    }
    component l1 = Dense(N0, N1, M1, S1, 0, 255, K1);
    l1.x <== x;
    l1.w <== w1;
    l1.b <== b1;
    component l2 = Dense(N1, N2, M2, S2, -128, 127, K2);
    l2.x <== l1.y;
    l2.w <== w2;
    l2.b <== b2;
    y <== l2.y;

    component ic = Commit(NE);
    ic.e <== e;
    ic.salt <== inSalt;
    var NO = (N2 + 30) \ 31;
    signal o[NO];
    for (var k = 0; k < NO; k++) {
        var lc = 0;
        for (var j = 0; j < 31 && 31 * k + j < N2; j++) {
            lc += (l2.y[31 * k + j] + 128) * (256 ** j);
        }
        o[k] <== lc;
    }
    component oc = Commit(NO);
    oc.e <== o;
    oc.salt <== outSalt;
    component st = Poseidon(4);
    st.inputs[0] <== modelId;
    st.inputs[1] <== jobId;
    st.inputs[2] <== ic.out;
    st.inputs[3] <== oc.out;
    statement <== st.out;
}
