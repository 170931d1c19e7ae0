// Adds onnxruntime's float outputs to the exporter test models: for each
// NAME.inputs.json made by make_models.py, runs the model (the copy in
// REF_DIR whose score tensors are also graph outputs) on every eval input and
// writes NAME.ref.json. Needs onnxruntime-node (NODE_PATH or node_modules).
// Run by hand, never by make test. A directory argument reads the models
// there instead (node reference.js ../transformer).
const fs = require('fs');
const path = require('path');
const ort = require('onnxruntime-node');

const here = process.argv[2] ? path.resolve(process.argv[2]) : __dirname;
const refDir = process.env.REF_DIR || '/tmp/nexus-onnx-ref';

async function main() {
  for (const f of fs.readdirSync(here).filter((f) => f.endsWith('.inputs.json')).sort()) {
    const meta = JSON.parse(fs.readFileSync(path.join(here, f)));
    // Graph optimizations off: onnxruntime's Pad fusion folds torch's Pad into
    // AveragePool and then averages without the padded zeros, unlike torch.
    const s = await ort.InferenceSession.create(path.join(refDir, meta.name + '.onnx'), { graphOptimizationLevel: 'disabled' });
    const fetch = meta.fetch; // tensor outputs only: not ZipMap's sequence of maps
    const out = {};
    for (const x of meta.eval) {
      const feeds = { [s.inputNames[0]]: new ort.Tensor('float32', Float32Array.from(x), [1, ...meta.input_shape]) };
      const r = await s.run(feeds, fetch);
      for (const o of fetch) {
        (out[o] = out[o] || []).push(Array.from(r[o].data, (v) => (typeof v === 'bigint' ? Number(v) : Math.round(v * 1e6) / 1e6)));
      }
    }
    fs.writeFileSync(path.join(here, meta.name + '.ref.json'),
      JSON.stringify({ name: meta.name, runtime: 'onnxruntime-node ' + require('onnxruntime-node/package.json').version, outputs: out }));
    console.log(meta.name, fetch.join(', '));
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
