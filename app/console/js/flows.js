// Flows: every registered flow with kind, status and its graph (Mermaid, drawn from
// GET /flows/{name}/graph — the same export as `captionflow graph`).
import { api } from "./api.js";

const cards = new Map(); // "kind/name" -> {el, graph}
let visible = false;
let busy = null;
let again = false;
let renders = 0;
let mermaidReady = false;

function mermaidLib() {
  if (!mermaidReady && window.mermaid) {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
    mermaidReady = true;
  }
  return window.mermaid;
}

export function init() {}

export function shown() {
  visible = true;
  refresh();
}

export function metrics() {
  // a snapshot arrives on every change (new flow, transition, run): redraw what changed
  if (!document.getElementById("view-flows").hidden) refresh();
}

export function reconnected() {
  refresh();
}

/** Coalesced: at most one refresh in flight, one more queued. */
export function refresh() {
  if (busy) {
    again = true;
    return busy;
  }
  busy = load().finally(() => {
    busy = null;
    if (again) {
      again = false;
      refresh();
    }
  });
  return busy;
}

function summary(flow) {
  switch (flow.kind) {
    case "pipeline": return `${flow.stages.length} stages`;
    case "stream": return `depth ${flow.depth} · produced ${flow.produced} · dropped ${flow.dropped}`;
    case "reactive": return `order: ${flow.order.join(" → ")}`;
    case "state_machine": return `current state: ${flow.status}`;
    case "subscription":
      return flow.subscriptions.map((s) => `on ${s.pattern}: ${s.delivered} delivered`).join(" · ");
    default: return "";
  }
}

function card(flow) {
  const key = `${flow.kind}/${flow.name}`;
  let entry = cards.get(key);
  if (!entry) {
    const el = document.createElement("article");
    el.className = "card";
    el.dataset.kind = flow.kind;
    el.dataset.name = flow.name;
    el.innerHTML = `<div class="card-head"><span class="kind"></span><strong></strong>
      <span class="chip status"></span></div><div class="hint summary"></div><div class="graph"></div>`;
    el.querySelector(".kind").textContent = flow.kind.replace("_", " ");
    el.querySelector("strong").textContent = flow.name;
    entry = { el, graph: "" };
    cards.set(key, entry);
  }
  const status = entry.el.querySelector(".status");
  status.textContent = flow.status;
  status.className = `chip status ${flow.status === "closed" ? "closed" : "open"}`;
  entry.el.querySelector(".summary").textContent = summary(flow);
  return entry;
}

async function draw(flow, entry) {
  const target = entry.el.querySelector(".graph");
  let graph;
  try {
    const kind = encodeURIComponent(flow.kind);
    graph = await api(`flows/${encodeURIComponent(flow.name)}/graph?format=mermaid&kind=${kind}`);
  } catch (error) {
    target.textContent = `no graph: ${error.message}`;
    return;
  }
  if (graph.graph === entry.graph) return;
  const lib = mermaidLib();
  if (!lib) {
    target.textContent = graph.graph;
    return;
  }
  try {
    const { svg } = await lib.render(`flow-graph-${++renders}`, graph.graph);
    target.innerHTML = svg;
    entry.graph = graph.graph;
    entry.el.dataset.state = graph.state ?? "";
  } catch (error) {
    target.textContent = `could not draw: ${error.message}`;
  }
}

async function load() {
  if (!visible) return;
  const list = document.getElementById("flows-list");
  let flows;
  try {
    flows = (await api("flows")).flows;
  } catch {
    return; // the banner tells about a lost connection
  }
  const seen = new Set();
  const entries = flows.map((flow) => {
    seen.add(`${flow.kind}/${flow.name}`);
    return [flow, card(flow)];
  });
  for (const [key, entry] of cards) {
    if (!seen.has(key)) {
      entry.el.remove();
      cards.delete(key);
    }
  }
  list.replaceChildren(...entries.map(([, entry]) => entry.el));
  document.getElementById("flows-empty").hidden = flows.length > 0;
  // one at a time: Mermaid renders into a shared scratch element
  for (const [flow, entry] of entries) await draw(flow, entry);
}
