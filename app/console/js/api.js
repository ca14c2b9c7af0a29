// REST calls with the optional API key (kept in sessionStorage: this tab only).
const KEY = "captionflow.apiKey";
export const API = "/api/v14/async-flows";

let authRequired = false;
let askingForKey = null; // one dialog at a time; every caller waits for it

export function apiKey() {
  return sessionStorage.getItem(KEY) || "";
}

export function authHeaders() {
  const key = apiKey();
  return key ? { Authorization: `Bearer ${key}` } : {};
}

/** Ask for the key (once, however many requests are waiting); resolves when one works. */
export function askForKey(message = "") {
  if (!askingForKey) {
    askingForKey = new Promise((resolve) => {
      const dialog = document.getElementById("key-dialog");
      const input = document.getElementById("key-input");
      const error = document.getElementById("key-error");
      error.hidden = !message;
      error.textContent = message;
      input.value = "";
      dialog.addEventListener("close", async function done() {
        const key = input.value.trim();
        if (key && (await keyWorks(key))) {
          dialog.removeEventListener("close", done);
          sessionStorage.setItem(KEY, key);
          askingForKey = null;
          resolve(key);
        } else {
          error.hidden = false;
          error.textContent = "That key was refused; try again.";
          dialog.showModal();
        }
      });
      dialog.showModal();
    });
  }
  return askingForKey;
}

async function keyWorks(key) {
  const resp = await fetch(`${API}/flows`, { headers: { Authorization: `Bearer ${key}` } });
  return resp.ok;
}

/** Whether the server wants a key (an open endpoint: no 401 in the console on load). */
export async function loadConfig() {
  const resp = await fetch("/console/config.json", { cache: "no-store" });
  authRequired = resp.ok && (await resp.json()).auth;
  document.getElementById("key-button").hidden = !authRequired;
  if (authRequired && !apiKey()) await askForKey();
}

export function forgetKey() {
  sessionStorage.removeItem(KEY);
  return askForKey();
}

/** fetch() + JSON; a problem+json answer becomes an Error with its detail. */
export async function api(path, { method = "GET", body } = {}) {
  for (;;) {
    const headers = { ...authHeaders() };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const url = path.startsWith("/") ? path : `${API}/${path}`;
    const resp = await fetch(url, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (resp.status === 401 && authRequired) {
      await askForKey("The server refused the key.");
      continue;
    }
    const text = await resp.text();
    const data = text ? JSON.parse(text) : null;
    if (!resp.ok) {
      const error = new Error(data?.detail || data?.title || `HTTP ${resp.status}`);
      error.status = resp.status;
      throw error;
    }
    return data;
  }
}
