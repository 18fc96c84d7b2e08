# envoy: `make demo` builds the warehouse from the bundled sample, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.envoy-installed
UV_VERSION := 0.13.8

export DO_NOT_TRACK := 1
export ENVOY_DB ?= warehouse.duckdb

.PHONY: demo test lint build docs clean lock

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/envoy demo

lint: $(STAMP)
	$(BIN)/ruff check loader tests
	$(BIN)/sqlfluff lint models

test: lint
	$(BIN)/pytest -q

build: $(STAMP)
	$(BIN)/dbt build

docs: $(STAMP)
	$(BIN)/dbt docs generate

lock:
	$(BIN)/uv pip compile --quiet --python-version 3.11 --extra dev --no-header \
		pyproject.toml -o requirements.lock

clean:
	rm -rf $(VENV) target logs dbt_packages .pytest_cache .ruff_cache .hypothesis
