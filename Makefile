# One command per task, the same for people and CI (see README.md).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-quick wrk fmt clean console browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m app

test: $(STAMP) browser
	$(BIN)/python -m pytest -q
	$(BIN)/captionflow test -q config/
	$(BIN)/captionflow lint config/

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# the benchmarks and their charts need the optional bench extra (matplotlib); test/lint do not
BENCH_STAMP := $(VENV)/.installed-bench

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
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

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
