// Streams: pick one, watch its entries arrive (SSE), produce a test item.
import { API, api } from "./api.js";
import { Feed } from "./sse.js";

const $ = (id) => document.getElementById(id);
const MAX_ROWS = 200;
let feed = null;
let known = "";

export function logRow(list, parts, note = false) {
  const li = document.createElement("li");
  if (note) li.className = "note";
  for (const [cls, text] of parts) {
    const span = document.createElement("span");
    span.className = cls;
    span.textContent = text;
    li.append(span);
  }
  list.prepend(li);
  while (list.children.length > MAX_ROWS) list.lastChild.remove();
  return li;
}

function setStatus(status, detail) {
  const chip = $("stream-status");
  chip.className = `chip ${status}`;
  chip.textContent = detail ? `${status}: ${detail}` : status;
  const watching = feed && !feed.closed;
  $("stream-watch").disabled = Boolean(watching);
  $("stream-stop").disabled = !watching;
}

async function loadStreams() {
  let flows;
  try {
    flows = (await api("flows")).flows;
  } catch {
    return;
  }
  const names = flows.filter((f) => f.kind === "stream").map((f) => f.name);
  if (names.join("\n") === known) return;
  known = names.join("\n");
  const select = $("stream-select");
  const chosen = select.value;
  select.replaceChildren(...names.map((n) => new Option(n, n, false, n === chosen)));
}

function watch() {
  const name = $("stream-select").value;
  if (!name) return;
  feed?.close();
  $("stream-events").replaceChildren();
  let count = 0;
  feed = new Feed(`${API}/streams/consume/${encodeURIComponent(name)}`, {
    onEvent: ({ event, data, id }) => {
      if (event === "reset") {
        logRow($("stream-events"), [["type", "reset"], ["data", `missed entries: ${data}`]], true);
        return;
      }
      if (event !== "message") return;
      count += 1;
      $("stream-count").textContent = `${count} received`;
      logRow($("stream-events"), [["id", `#${id}`], ["data", data]]);
    },
    onStatus: setStatus,
  });
}

export function init() {
  $("stream-watch").addEventListener("click", watch);
  $("stream-stop").addEventListener("click", () => {
    feed?.close();
    setStatus("idle");
  });
  $("produce-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const out = $("produce-result");
    try {
      const item = JSON.parse($("produce-item").value);
      const res = await api("streams/produce", {
        method: "POST", body: { stream: $("stream-select").value, items: [item] },
      });
      out.textContent = `accepted ${res.accepted}, last id ${res.last_id}`;
    } catch (error) {
      out.textContent = error.message;
    }
  });
  $("stream-create-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const name = $("stream-new-name").value.trim();
    try {
      await api("streams/real-time-captions", { method: "POST", body: { name } });
      await loadStreams();
      $("stream-select").value = name;
      $("stream-new-name").value = "";
    } catch (error) {
      $("produce-result").textContent = error.message;
    }
  });
}

export function shown() {
  loadStreams();
}

export function metrics(snapshot) {
  const names = Object.keys(snapshot.streams || {}).join("\n");
  if (names !== known && !$("view-streams").hidden) loadStreams();
}

export function reconnected() {
  known = "";
  loadStreams();
}
