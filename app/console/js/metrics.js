// Live metrics: numbers from /metrics/live as they change, sparklines sampled each second.
// The feed pushes on flow runs, transitions and new flows, not on every produce/consume,
// so while this view is open the stream rows are also refreshed from GET /flows.
import { api } from "./api.js";

const KEEP = 60; // samples per sparkline
const CARDS = [
  ["total_flows", "Total flows"],
  ["active_flows", "Active flows"],
  ["completed_flows", "Completed"],
  ["failed_flows", "Failed"],
  ["average_duration_ms", "Average duration (ms)"],
  ["throughput_per_s", "Throughput (runs/s)"],
  ["buffered", "Stream buffer depth (all)"],
  ["dropped", "Stream drops (all)"],
  ["sse_clients", "SSE clients"],
  ["events_published", "Events published"],
];
const history = new Map(); // metric or "stream:<name>" -> numbers
let latest = null;

/** An inline SVG sparkline of `values` (area + line, scaled to the largest value). */
export function sparkline(values) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "spark");
  svg.setAttribute("viewBox", "0 0 100 30");
  svg.setAttribute("preserveAspectRatio", "none");
  if (values.length < 2) return svg;
  const top = Math.max(...values, 1e-9);
  const step = 100 / (Math.min(Math.max(values.length, 12), KEEP) - 1); // few samples: wider steps
  const start = 100 - step * (values.length - 1);
  const points = values.map((v, i) => `${(start + i * step).toFixed(2)},${(29 - (v / top) * 27).toFixed(2)}`);
  const area = document.createElementNS(ns, "polygon");
  area.setAttribute("points", `${start},30 ${points.join(" ")} 100,30`);
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute("points", points.join(" "));
  svg.append(area, line);
  svg.dataset.samples = String(values.length);
  return svg;
}

function values(snapshot) {
  const streams = Object.values(snapshot.streams || {});
  return {
    ...snapshot,
    buffered: streams.reduce((n, s) => n + s.depth, 0),
    dropped: streams.reduce((n, s) => n + s.dropped, 0),
    events_published: snapshot.events?.published ?? 0,
  };
}

function record(key, value) {
  const list = history.get(key) || [];
  list.push(value);
  if (list.length > KEEP) list.shift();
  history.set(key, list);
}

function sample() {
  if (!latest) return;
  const v = values(latest);
  for (const [key] of CARDS) record(key, Number(v[key]) || 0);
  for (const [name, s] of Object.entries(latest.streams || {})) record(`stream:${name}`, s.depth);
  render();
}

function fmt(value) {
  return Number.isInteger(value) ? String(value) : Number(value).toFixed(2);
}

function render() {
  if (!latest) return;
  const v = values(latest);
  for (const [key] of CARDS) {
    const el = document.getElementById(`metric-${key}`);
    el.querySelector(".value").textContent = fmt(v[key] ?? 0);
    el.querySelector(".spark").replaceWith(sparkline(history.get(key) || []));
  }
  const rows = Object.entries(latest.streams || {}).map(([name, s]) => {
    const tr = document.createElement("tr");
    tr.dataset.stream = name;
    for (const text of [name, s.depth, null, s.high_water, s.produced, s.dropped, s.consumers]) {
      const td = document.createElement("td");
      if (text === null) td.append(sparkline(history.get(`stream:${name}`) || []));
      else td.textContent = String(text);
      tr.append(td);
    }
    return tr;
  });
  document.querySelector("#stream-table tbody").replaceChildren(...rows);
  document.getElementById("stream-table-empty").hidden = rows.length > 0;
}

async function tick() {
  if (latest && !document.getElementById("view-metrics").hidden) {
    try {
      const flows = (await api("flows")).flows.filter((f) => f.kind === "stream");
      latest = { ...latest, streams: Object.fromEntries(flows.map((f) => [f.name, f])) };
    } catch {
      // the banner tells about a lost connection
    }
  }
  sample();
}

export function init() {
  const grid = document.getElementById("metric-cards");
  for (const [key, label] of CARDS) {
    const el = document.createElement("div");
    el.className = "metric";
    el.id = `metric-${key}`;
    el.innerHTML = `<div class="label"></div><div class="value">–</div>`;
    el.querySelector(".label").textContent = label;
    el.append(sparkline([]));
    grid.append(el);
  }
  setInterval(tick, 1000);
}

export function metrics(snapshot) {
  latest = snapshot;
  sample(); // an event is a sample too: short spikes (an active run) show up
}
