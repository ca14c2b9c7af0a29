# One command per task, the same for people and CI (see README.md).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint lock lock-upgrade bench bench-quick wrk fmt clean console browser haproxy cluster

# Installs are reproducible: uv (pinned, in its own small venv) syncs .venv to uv.lock
# exactly. `--locked` fails when pyproject.toml changed without `make lock`; an upgrade
# is `make lock-upgrade` and its own commit.
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never

$(UV):
	test -x $(TOOLS)/bin/python || $(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --quiet --locked --extra dev --python $(PY)
	rm -f $(BENCH_STAMP)
	touch $(STAMP)

lock: $(UV)
	$(UV) lock --python $(PY)

lock-upgrade: $(UV)
	$(UV) lock --upgrade --python $(PY)

run: $(STAMP)
	$(BIN)/python -m app

test: $(STAMP) browser haproxy
	$(BIN)/python -m pytest -q
	$(BIN)/captionflow test -q config/
	$(BIN)/captionflow lint config/

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

fmt: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# the benchmarks and their charts need the optional bench extra (matplotlib); test/lint do not
BENCH_STAMP := $(VENV)/.installed-bench

$(BENCH_STAMP): $(STAMP) pyproject.toml uv.lock
	$(UV) sync --quiet --locked --extra dev --extra bench --python $(PY)
	touch $(BENCH_STAMP)

# wrk (Debian) drives the HTTP benchmark from a second process; installed when missing
WRK := $(shell command -v wrk 2>/dev/null)

wrk:
ifeq ($(WRK),)
	-(apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 || echo "wrk not installed: bench.http falls back to an aiohttp load generator"
endif

# bench.report runs every benchmark in bench/ (each against its bare baseline, same run),
# then writes BENCHMARKS.md and docs/bench/*.png; a missed goal is reported, never an error
bench: $(BENCH_STAMP) wrk
	$(BIN)/python -m bench.report

bench-quick: $(BENCH_STAMP) wrk
	$(BIN)/python -m bench.report --quick

# The console's Mermaid bundle, vendored from npm (console/package-lock.json). The copy in
# app/console/vendor/ is committed, so run/test/pip install need no Node; this refreshes it.
console:
	cd console && npm ci --no-audit --no-fund --loglevel=error
	cp console/node_modules/mermaid/dist/mermaid.min.js app/console/vendor/mermaid.min.js

# tests/e2e drive the system Chromium (Debian packages; Playwright's browser download is
# never used), installed when missing
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo -n)

browser:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; } \
		|| { echo "make: could not install chromium (apt-get install chromium chromium-driver as root)"; exit 1; }

# HAProxy (Debian) fronts `make cluster` and tests/deploy; installed when missing. Quiet
# when it works; apt's own output and a hint when it does not.
HAPROXY_FOUND = { command -v haproxy || test -x /usr/sbin/haproxy; } >/dev/null 2>&1
APT_ENV := DEBIAN_FRONTEND=noninteractive

haproxy:
	@$(HAPROXY_FOUND) || { \
		log=$$(mktemp); \
		{ $(SUDO) env $(APT_ENV) apt-get update -qq \
		  && $(SUDO) env $(APT_ENV) apt-get install -y -qq --no-install-recommends haproxy; } >$$log 2>&1 \
		&& $(HAPROXY_FOUND); status=$$?; \
		[ $$status = 0 ] || { cat $$log; echo "make: could not install haproxy (apt-get install haproxy as root)"; }; \
		rm -f $$log; exit $$status; }

# INSTANCES instances of the service on one Redis behind HAProxy on PORT, in the
# foreground until Ctrl-C (README: Deploying); instances on PORT+1 ... PORT+INSTANCES
INSTANCES ?= 3
PORT ?= 8080

cluster: $(STAMP) haproxy
	$(BIN)/python -m deploy --instances $(INSTANCES) --port $(PORT)

clean:
	rm -rf $(VENV) $(TOOLS) .mypy_cache .pytest_cache .ruff_cache
