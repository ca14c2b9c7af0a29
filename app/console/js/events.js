// Events: subscribe to a pattern over REST, tail its SSE feed; publish a test event.
import { api } from "./api.js";
import { Feed } from "./sse.js";
import { logRow } from "./streams.js";

const $ = (id) => document.getElementById(id);
let feed = null;
let subscription = null;
let count = 0;

function setStatus(status, detail) {
  const chip = $("events-status");
  chip.className = `chip ${status}`;
  const what = subscription ? `${subscription.pattern} (${subscription.subscription_id})` : "";
  chip.textContent = detail ? `${status}: ${detail}` : `${status} ${what}`.trim();
  $("events-unsubscribe").disabled = !subscription;
}

async function subscribe() {
  await unsubscribe();
  const pattern = $("events-pattern").value.trim() || "*";
  try {
    subscription = await api("events/subscribe", { method: "POST", body: { pattern } });
  } catch (error) {
    setStatus("failed", error.message);
    return;
  }
  count = 0;
  $("events-log").replaceChildren();
  feed = new Feed(subscription.stream_url, {
    onEvent: ({ event, data }) => {
      if (event === "unsubscribed" || event === "shutdown" || event === "reset") {
        logRow($("events-log"), [["type", event], ["data", data]], true);
        return;
      }
      const parsed = JSON.parse(data);
      count += 1;
      $("events-count").textContent = `${count} received`;
      const time = new Date(parsed.timestamp * 1000).toLocaleTimeString();
      logRow($("events-log"), [["id", `#${parsed.id}`], ["time", time], ["type", parsed.type],
        ["data", JSON.stringify(parsed.data)]]);
    },
    onStatus: (status, detail) => {
      // a restarted server forgot the subscription: say so rather than retry forever
      if (status === "failed") subscription = null;
      setStatus(status, detail && status === "failed" ? `${detail} — subscribe again` : detail);
    },
  });
}

async function unsubscribe() {
  const old = subscription;
  feed?.close();
  feed = null;
  subscription = null;
  if (old) {
    await api(`events/subscriptions/${old.subscription_id}`, { method: "DELETE" }).catch(() => {});
  }
  setStatus("not subscribed");
}

export function init() {
  $("events-form").addEventListener("submit", (e) => {
    e.preventDefault();
    subscribe();
  });
  $("events-unsubscribe").addEventListener("click", unsubscribe);
  $("publish-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const out = $("publish-result");
    try {
      const data = JSON.parse($("publish-data").value || "{}");
      const res = await api("events/publish", {
        method: "POST", body: { type: $("publish-type").value.trim(), data },
      });
      out.textContent = `delivered to ${res.delivered} handler(s)`;
    } catch (error) {
      out.textContent = error.message;
    }
  });
}
