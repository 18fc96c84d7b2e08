# envoy: `make demo` builds the warehouse from the bundled sample, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.envoy-installed
UV_VERSION := 0.13.8

export DO_NOT_TRACK := 1
export ENVOY_DB ?= warehouse.duckdb
# What readers open: `envoy build` publishes here (the same default as envoy's).
export ENVOY_PUBLISHED ?= $(dir $(ENVOY_DB))published.duckdb

.PHONY: demo test lint build publish shell docs clean lock bench

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/envoy demo

lint: $(STAMP)
	$(BIN)/ruff check loader synth tests
	$(BIN)/sqlfluff lint models queries macros tests/dbt

test: lint
	$(BIN)/pytest -q

# dbt build on the working file, then publish it for readers (plain `dbt build` also works).
build: $(STAMP)
	$(BIN)/envoy build

publish: $(STAMP)
	$(BIN)/envoy publish

# Synthetic corpus → floor, load, full and incremental dbt build (BENCH_ARTICLES, default 100000).
bench: $(STAMP)
	$(BIN)/python -m synth.bench

# The published warehouse, read-only: it never blocks `envoy load` or `envoy build`.
shell: $(STAMP)
	@test -f "$(ENVOY_PUBLISHED)" || \
		{ echo "no $(ENVOY_PUBLISHED) yet: run make demo or make build"; exit 1; }
	$(BIN)/duckdb -readonly "$(ENVOY_PUBLISHED)"

docs: $(STAMP)
	$(BIN)/dbt docs generate

lock:
	$(BIN)/uv pip compile --quiet --python-version 3.11 --extra dev --no-header \
		pyproject.toml -o requirements.lock

clean:
	rm -rf $(VENV) target logs dbt_packages .pytest_cache .ruff_cache .hypothesis
