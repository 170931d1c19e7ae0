// Nexus explorer: reads the sequencer's nexus_ JSON-RPC over a WebSocket
// (live: nexus_subscribe newBatches), or over HTTP when no WebSocket opens.
"use strict";

const REFRESH_MS = 3000;
const params = new URLSearchParams(location.search);
const l1TxURL = params.get("l1tx") || ""; // e.g. https://etherscan.io/tx/ : L1 requests link there
const httpURL = location.origin + "/";
const wsURL = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/";

// --- JSON-RPC -----------------------------------------------------------------
let ws = null, wsReady = false, nextID = 1;
const waiting = new Map();

function rpc(method, ...args) {
  if (wsReady) {
    return new Promise((resolve, reject) => {
      const id = nextID++;
      waiting.set(id, { resolve, reject });
      ws.send(JSON.stringify({ jsonrpc: "2.0", id, method, params: args }));
    });
  }
  return fetch(httpURL, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: nextID++, method, params: args }),
  }).then((r) => r.json()).then((r) => {
    if (r.error) throw new Error(method + ": " + r.error.message);
    return r.result;
  });
}

function connect() {
  setConn("connecting", "connecting…");
  try {
    ws = new WebSocket(wsURL);
  } catch (e) {
    setConn("polling", "polling (no WebSocket)");
    return;
  }
  ws.onopen = () => {
    wsReady = true;
    rpc("nexus_subscribe", "newBatches").then(() => setConn("live", "live"), () => setConn("polling", "polling"));
    refresh();
  };
  ws.onmessage = (ev) => {
    const msg = JSON.parse(ev.data);
    if (msg.method === "nexus_subscription") {
      const b = msg.params && msg.params.result;
      document.body.dataset.updates = String(Number(document.body.dataset.updates || 0) + 1);
      if (b) document.body.dataset.lastNotified = String(b.number);
      refresh();
      return;
    }
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.error) w.reject(new Error(msg.error.message));
    else w.resolve(msg.result);
  };
  ws.onclose = () => {
    wsReady = false;
    for (const w of waiting.values()) w.reject(new Error("connection closed"));
    waiting.clear();
    setConn("polling", "reconnecting…");
    setTimeout(connect, 3000);
  };
  ws.onerror = () => {}; // onclose follows and reconnects
}

function setConn(state, text) {
  const el = document.getElementById("conn");
  el.dataset.state = state;
  el.textContent = text;
}

// --- formatting -----------------------------------------------------------------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("data-")) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c == null ? "—" : String(c)));
  return e;
}
const eth = (hex) => {
  if (!hex) return "0";
  const v = BigInt(hex);
  return (Number(v / 10n ** 12n) / 1e6).toFixed(4);
};
const secs = (ms) => (ms ? (ms / 1000).toFixed(ms < 10000 ? 2 : 0) + " s" : "—");
const clock = (unixSec) => new Date(unixSec * 1000).toISOString().slice(11, 19);
const short = (h) => (h ? h.slice(0, 10) + "…" + h.slice(-4) : "—");
const ago = (ms, now) => (ms ? Math.max(0, Math.round((now - ms) / 1000)) + " s ago" : "—");

function txLink(hash) {
  if (!hash) return "—";
  if (!l1TxURL) return el("code", { title: hash }, short(hash));
  return el("a", { href: l1TxURL + hash, title: hash, rel: "noreferrer" }, short(hash));
}

function fill(id, rows) {
  const body = document.querySelector("#" + id + " tbody");
  body.replaceChildren(...rows);
  if (rows.length === 0) {
    const cols = document.querySelectorAll("#" + id + " thead th").length;
    body.append(el("tr", {}, el("td", { colSpan: cols, class: "empty" }, "nothing yet")));
  }
}

// --- rendering -----------------------------------------------------------------
function renderStatus(s) {
  const jobs = s.jobs || {};
  const cards = [
    ["last batch", s.lastBatch], ["settled on L1", s.lastSettled], ["mempool ops", s.mempoolOps],
    ["jobs pending / open", (jobs.pending || 0) + " / " + (jobs.open || 0)],
    ["offered / locked", (jobs.offered || 0) + " / " + (jobs.locked || 0)], ["provers seen", s.proversSeen],
  ];
  document.getElementById("status").replaceChildren(...cards.map(([k, v]) =>
    el("div", { class: "card" }, el("div", { class: "k" }, k), el("div", { class: "v", "data-k": k }, v))));
  document.body.dataset.lastBatch = String(s.lastBatch);
}

function renderBatches(bs) {
  fill("batches", bs.map((b) => {
    const st = b.settlement || {};
    const stages = st.blockMs ? [st.blockMs, st.aggregationMs, st.wrapMs].map((x) => (x / 1000).toFixed(1)).join(" / ") + " s" : "—";
    const perInf = st.gasUsed && b.inferences ? Math.round(st.gasUsed / b.inferences) : null;
    return el("tr", { "data-batch": b.number, "data-status": b.status },
      el("td", {}, b.number), el("td", {}, clock(b.timestamp)), el("td", { title: JSON.stringify(b.opsByType || {}) }, b.ops),
      el("td", {}, b.inferences), el("td", {}, el("span", { class: "badge " + b.status }, b.status)), el("td", {}, stages),
      el("td", {}, txLink(st.tx)), el("td", {}, st.gasUsed || null), el("td", {}, perInf));
  }));
}

function renderJobs(js) {
  fill("jobs", js.map((j) => el("tr", { "data-job": j.id, "data-status": j.status },
    el("td", {}, j.id + (j.l1 ? " (L1)" : "")), el("td", {}, el("span", { class: "badge " + j.status }, j.settled ? "settled" : j.status)),
    el("td", {}, j.model || null), el("td", {}, j.prover || null), el("td", {}, j.feeGwei), el("td", {}, secs(j.latencyMs)),
    el("td", {}, secs(j.settleLatencyMs)),
    el("td", {}, [j.submitBatch, j.lockBatch, j.fulfillBatch].map((n) => n || "·").join(" / ")),
    el("td", {}, j.l1 ? txLink(j.l1Tx) : "L2"))));
}

function renderProvers(ps, now) {
  fill("provers", ps.map((p) => el("tr", { "data-prover": p.account },
    el("td", { title: p.l1Address }, p.account), el("td", {}, eth(p.stake)), el("td", {}, eth(p.freeStake)), el("td", {}, eth(p.locked)),
    el("td", {}, p.fulfilled + " / " + p.expired), el("td", {}, p.expired), el("td", {}, p.badProofs),
    el("td", {}, p.reputation.toFixed(2)), el("td", {}, ago(p.lastSeen, now)))));
}

function renderModels(ms) {
  fill("models", ms.map((m) => el("tr", { "data-model": m.id },
    el("td", {}, m.id), el("td", {}, m.name || null), el("td", {}, el("code", { title: m.vkHash }, short(m.vkHash))), el("td", {}, m.feeGwei),
    el("td", {}, m.owner), el("td", {}, m.earnedGwei), el("td", {}, m.jobsServed), el("td", {}, m.verified ? "yes" : "no"))));
}

// --- charts (hand-written SVG) ------------------------------------------------------
const NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}
const W = 420, H = 180, L = 48, B = 24, T = 10, R = 10;

function axes(root, maxY, labels) {
  root.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
  root.append(svg("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
  for (let i = 0; i <= 4; i++) {
    const y = H - B - ((H - B - T) * i) / 4;
    root.append(svg("text", { x: L - 4, y: y + 3, class: "tick", "text-anchor": "end" }, fmtNum((maxY * i) / 4)));
  }
  labels.forEach(([x, t]) => root.append(svg("text", { x, y: H - 8, class: "tick", "text-anchor": "middle" }, t)));
}
function fmtNum(v) {
  if (v >= 1e6) return (v / 1e6).toFixed(1) + "M";
  if (v >= 1e3) return (v / 1e3).toFixed(0) + "k";
  return v >= 10 ? v.toFixed(0) : v.toFixed(1);
}
function empty(root, text) {
  root.append(svg("text", { x: W / 2, y: H / 2, class: "none", "text-anchor": "middle" }, text));
}

function barChart(id, items, series, none) {
  const root = document.getElementById(id);
  root.replaceChildren();
  if (items.length === 0) return empty(root, none);
  const maxY = Math.max(1, ...items.map((it) => series.reduce((s, k) => s + (it.v[k] || 0), 0))) * 1.1;
  const bw = (W - L - R) / items.length;
  axes(root, maxY, items.map((it, i) => [L + bw * (i + 0.5), it.label]).filter((_, i) => items.length < 16 || i % 4 === 0));
  items.forEach((it, i) => {
    let y0 = H - B;
    series.forEach((k, si) => {
      const h = ((it.v[k] || 0) / maxY) * (H - B - T);
      y0 -= h;
      const r = svg("rect", { x: L + bw * i + bw * 0.15, y: y0, width: bw * 0.7, height: Math.max(h, 0), class: "s" + si });
      r.append(svg("title", {}, it.label + " " + k + ": " + fmtNum(it.v[k] || 0)));
      root.append(r);
    });
  });
  if (series.length > 1) series.forEach((k, si) => {
    root.append(svg("rect", { x: L + 8 + si * 90, y: T, width: 10, height: 10, class: "s" + si }));
    root.append(svg("text", { x: L + 22 + si * 90, y: T + 9, class: "tick" }, k));
  });
}

function lineChart(id, points, series) {
  const root = document.getElementById(id);
  root.replaceChildren();
  if (points.length === 0) return empty(root, "no proven job yet");
  const maxY = Math.max(0.1, ...points.flatMap((p) => series.map((k) => p.v[k] || 0))) * 1.1;
  const step = points.length > 1 ? (W - L - R) / (points.length - 1) : 0;
  const xy = (i, v) => [L + (points.length > 1 ? step * i : (W - L - R) / 2), H - B - (v / maxY) * (H - B - T)];
  axes(root, maxY, points.map((p, i) => [xy(i, 0)[0], p.label]).filter((_, i) => points.length < 12 || i % 5 === 0));
  series.forEach((k, si) => {
    const pts = points.map((p, i) => (p.v[k] ? xy(i, p.v[k]) : null)).filter(Boolean);
    if (pts.length > 1) root.append(svg("polyline", { points: pts.map((p) => p.join(",")).join(" "), class: "l" + si }));
    pts.forEach(([x, y]) => root.append(svg("circle", { cx: x, cy: y, r: 3, class: "p" + si })));
    root.append(svg("rect", { x: L + 8 + si * 130, y: T, width: 10, height: 10, class: "s" + si }));
    root.append(svg("text", { x: L + 22 + si * 130, y: T + 9, class: "tick" }, k));
  });
}

function renderCharts(batches, jobs) {
  const settled = batches.filter((b) => b.settlement && b.settlement.gasUsed).slice().reverse();
  barChart("chart-gas", settled.filter((b) => b.inferences > 0).map((b) => ({
    label: "#" + b.number, v: { gas: b.settlement.gasUsed / b.inferences } })), ["gas"],
    "no settled batch with inferences yet");
  barChart("chart-stages", batches.filter((b) => b.settlement && b.settlement.blockMs).slice().reverse().map((b) => ({
    label: "#" + b.number,
    v: { block: b.settlement.blockMs / 1000, aggregation: b.settlement.aggregationMs / 1000, wrap: b.settlement.wrapMs / 1000 },
  })), ["block", "aggregation", "wrap"], "no stage times yet (the devnet's aggregator reports them)");
  lineChart("chart-latency", jobs.filter((j) => j.latencyMs).slice().reverse().map((j) => ({
    label: String(j.id), v: { "submit → result": j.latencyMs / 1000, "submit → settled": (j.settleLatencyMs || 0) / 1000 },
  })), ["submit → result", "submit → settled"]);
}

// --- refresh loop ----------------------------------------------------------------
let busy = false, again = false;
async function refresh() {
  if (busy) { again = true; return; }
  busy = true;
  try {
    const [status, batches, jobs, provers, models] = await Promise.all([
      rpc("nexus_getExplorerStatus"), rpc("nexus_listBatches", 24), rpc("nexus_listJobs", 40),
      rpc("nexus_listProvers"), rpc("nexus_listModels"),
    ]);
    renderStatus(status);
    renderBatches(batches);
    renderJobs(jobs);
    renderProvers(provers, status.now);
    renderModels(models);
    renderCharts(batches, jobs);
    document.getElementById("updated").textContent = "Updated " + new Date(status.now).toISOString().slice(11, 19) + " UTC.";
    document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
  } catch (e) {
    setConn("error", "error: " + e.message);
  } finally {
    busy = false;
    if (again) { again = false; refresh(); }
  }
}

document.getElementById("endpoint").textContent = httpURL;
connect();
setInterval(refresh, REFRESH_MS);
