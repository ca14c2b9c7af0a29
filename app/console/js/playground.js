// Caption playground: the caption stream token by token, then the finished variants.
import { Feed } from "./sse.js";

const $ = (id) => document.getElementById(id);
let feed = null;

function status(text, cls = "") {
  const chip = $("caption-status");
  chip.className = `chip ${cls}`;
  chip.textContent = text;
}

function box(index) {
  const out = $("caption-variants-out");
  let el = out.querySelector(`[data-variant="${index}"]`);
  if (!el) {
    el = document.createElement("div");
    el.className = "variant streaming";
    el.dataset.variant = String(index);
    el.dataset.tokens = "0";
    el.innerHTML = `<div class="variant-head"><strong></strong><span class="meta"></span></div><pre></pre>`;
    el.querySelector("strong").textContent = `Variant ${index + 1}`;
    out.append(el);
  }
  return el;
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // no clipboard permission (or not a secure context): the old way
    const area = Object.assign(document.createElement("textarea"), { value: text });
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  button.textContent = "Copied!";
  setTimeout(() => { button.textContent = "Copy"; }, 1500);
}

function finish(result) {
  result.variants.forEach((variant, i) => {
    const el = box(i);
    el.classList.remove("streaming");
    el.querySelector("pre").textContent = variant.caption;
    el.querySelector(".meta").textContent =
      `${variant.char_count} chars · ${variant.hashtags.length} hashtags · hook ${variant.hook_visible ? "visible" : "cut"}`;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.addEventListener("click", () => copy(variant.caption, button));
    el.querySelector(".variant-head").append(button);
    el.dataset.done = "true";
  });
  const tokens = [...document.querySelectorAll(".variant")].reduce((n, el) => n + Number(el.dataset.tokens), 0);
  $("caption-meta").textContent =
    `engine: ${result.engine}${result.cached ? " (cached)" : ""} · ${tokens} token event(s) streamed`;
  status("done", "open");
}

function query() {
  const params = new URLSearchParams({
    content: $("caption-content").value,
    tone: $("caption-tone").value,
    variants: $("caption-variants").value,
    hashtags: $("caption-hashtags").value,
    length: $("caption-length").value,
    emoji: String($("caption-emoji").checked),
    cta: String($("caption-cta").checked),
  });
  if ($("caption-engine").value) params.set("engine", $("caption-engine").value);
  return params;
}

function generate() {
  feed?.close();
  $("caption-variants-out").replaceChildren();
  $("caption-meta").textContent = "";
  status("writing…", "busy");
  let done = false;
  feed = new Feed(`/api/v14/captions/stream?${query()}`, {
    reconnect: false, // a caption is written once: no resume
    onEvent: ({ event, data }) => {
      const payload = JSON.parse(data);
      if (event === "token") {
        const el = box(payload.variant);
        el.querySelector("pre").textContent += payload.text;
        el.dataset.tokens = String(Number(el.dataset.tokens) + 1);
      } else if (event === "retry") {
        $("caption-meta").textContent = `variant ${payload.variant + 1}: retry ${payload.retry} (${payload.error})`;
      } else if (event === "result") {
        done = true;
        feed.close();
        finish(payload);
      }
    },
    onStatus: (s, detail) => {
      if (s === "failed") status(detail || "failed", "failed");
      else if (s === "closed" && !done) status("ended without a result", "failed");
    },
  });
}

export function init() {
  $("caption-form").addEventListener("submit", (e) => {
    e.preventDefault();
    generate();
  });
}
