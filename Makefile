# One command per task, the same for people and CI (see README.md).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-quick wrk fmt clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m app

test: $(STAMP)
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

# each benchmark exits 0 when a goal is missed; only a crash stops the run
BENCHES := bench.core bench.http bench.sse $(if $(wildcard bench/captions.py),bench.captions)

# wrk (Debian) drives the HTTP benchmark from a second process; installed when missing
WRK := $(shell command -v wrk 2>/dev/null)

wrk:
ifeq ($(WRK),)
	-(apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 || echo "wrk not installed: bench.http falls back to an aiohttp load generator"
endif

bench: $(STAMP) wrk
	@for b in $(BENCHES); do echo "== $$b"; $(BIN)/python -m $$b || exit $$?; echo; done

bench-quick: $(STAMP) wrk
	@for b in $(BENCHES); do echo "== $$b --quick"; $(BIN)/python -m $$b --quick || exit $$?; echo; done

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
