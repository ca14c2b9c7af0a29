// Server-sent events read with fetch(): EventSource cannot send an Authorization
// header and has no catch-all listener for named events (the event bus names each
// event by its type). Same reconnect rules as EventSource: wait `retry:` ms, then
// resume with Last-Event-ID.
import { askForKey, authHeaders } from "./api.js";

export class Feed {
  /**
   * @param {string} url
   * @param {{onEvent: (e: {event: string, data: string, id: string}) => void,
   *          onStatus?: (status: string, detail?: string) => void,
   *          reconnect?: boolean}} options
   *   status: "connecting" | "open" | "reconnecting" | "closed" | "failed"
   */
  constructor(url, { onEvent, onStatus = () => {}, reconnect = true }) {
    Object.assign(this, { url, onEvent, onStatus, reconnect });
    this.retry = 2000;
    this.lastId = "";
    this.abort = new AbortController();
    this.status = "";
    this.run();
  }

  close() {
    this.abort.abort();
    this.setStatus("closed");
  }

  get closed() {
    return this.abort.signal.aborted;
  }

  setStatus(status, detail) {
    if (status === this.status && !detail) return;
    this.status = status;
    this.onStatus(status, detail);
  }

  async run() {
    this.setStatus("connecting");
    while (!this.closed) {
      const headers = { Accept: "text/event-stream", ...authHeaders() };
      if (this.lastId) headers["Last-Event-ID"] = this.lastId;
      try {
        const resp = await fetch(this.url, { headers, cache: "no-store", signal: this.abort.signal });
        if (resp.status === 401) {
          await askForKey("The server refused the key.");
          continue;
        }
        if (!resp.ok) {
          const problem = await resp.json().catch(() => ({}));
          const detail = problem.detail || `HTTP ${resp.status}`;
          if (resp.status < 500 && resp.status !== 429) {
            this.abort.abort();
            this.setStatus("failed", detail);
            return;
          }
        } else {
          this.setStatus("open");
          await this.read(resp.body);
        }
      } catch (error) {
        if (this.closed) return;
      }
      if (this.closed) return;
      if (!this.reconnect) {
        this.abort.abort();
        this.setStatus("closed");
        return;
      }
      this.setStatus("reconnecting");
      await new Promise((resolve) => setTimeout(resolve, this.retry));
    }
  }

  async read(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let event = { event: "", data: [], id: null };
    for (;;) {
      const { value, done } = await reader.read();
      if (done || this.closed) return;
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop(); // an unfinished line waits for the next chunk
      for (const line of lines) {
        if (line === "") {
          if (event.id !== null) this.lastId = event.id;
          if (event.data.length) {
            this.onEvent({ event: event.event || "message", data: event.data.join("\n"), id: this.lastId });
          }
          event = { event: "", data: [], id: null };
          continue;
        }
        if (line.startsWith(":")) continue; // comment / ping
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        let val = colon < 0 ? "" : line.slice(colon + 1);
        if (val.startsWith(" ")) val = val.slice(1);
        if (field === "event") event.event = val;
        else if (field === "data") event.data.push(val);
        else if (field === "id") event.id = val;
        else if (field === "retry" && /^\d+$/.test(val)) this.retry = Number(val);
      }
    }
  }
}
