// The console shell: tabs, the API key, the shared /metrics/live feed and the banner.
import { forgetKey, loadConfig } from "./api.js";
import { Feed } from "./sse.js";
import * as flows from "./flows.js";
import * as metrics from "./metrics.js";
import * as streams from "./streams.js";
import * as playground from "./playground.js";
import * as events from "./events.js";

const views = { flows, metrics, streams, playground, events };
const listeners = []; // views that follow the metrics feed
let current = null;

function show(name) {
  if (!(name in views)) name = "flows";
  for (const el of document.querySelectorAll(".view")) el.hidden = el.id !== `view-${name}`;
  for (const a of document.querySelectorAll("#tabs a")) a.classList.toggle("active", a.dataset.view === name);
  current = name;
  views[name].shown?.();
  document.body.dataset.view = name;
}

/** The banner: shown while the metrics feed reconnects, "reconnected" briefly after. */
function connection(status) {
  const banner = document.getElementById("banner");
  const chip = document.getElementById("live");
  chip.className = `chip ${status}`;
  chip.textContent = { open: "live", connecting: "connecting…", reconnecting: "reconnecting…" }[status] || status;
  if (status === "reconnecting") {
    banner.className = "";
    banner.textContent = "Connection to the server lost — reconnecting…";
    banner.hidden = false;
    document.body.dataset.connection = "lost";
  } else if (status === "open" && document.body.dataset.connection === "lost") {
    banner.className = "ok";
    banner.textContent = "Reconnected — live again.";
    document.body.dataset.connection = "open";
    for (const view of Object.values(views)) view.reconnected?.();
    setTimeout(() => { if (document.body.dataset.connection === "open") banner.hidden = true; }, 4000);
  } else if (status === "open") {
    document.body.dataset.connection = "open";
  }
}

async function start() {
  await loadConfig();
  for (const view of Object.values(views)) {
    view.init();
    if (view.metrics) listeners.push(view.metrics);
  }
  document.getElementById("key-button").addEventListener("click", () => forgetKey());
  window.addEventListener("hashchange", () => show(location.hash.slice(1)));
  show(location.hash.slice(1));
  new Feed("/metrics/live", {
    onEvent: ({ data }) => {
      const snapshot = JSON.parse(data);
      for (const fn of listeners) fn(snapshot);
    },
    onStatus: connection,
  });
  document.body.dataset.ready = "true";
}

start();
