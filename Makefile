# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# The benchmark's folium peer serves folium's Timeline JavaScript from npm, never a CDN;
# `make test` runs the benchmark's smoke test, so it installs them too.
NODE_MODULES := bench/node_modules/.package-lock.json
# The map's JavaScript unit tests (tests/js/, node --test) use jsdom for the DOM.
JS_TEST_MODULES := tests/js/node_modules/.package-lock.json
# The OpenAPI linters (redocly, Spectral) that tests/test_openapi_lint.py runs, from npm.
LINT_MODULES := tools/openapi-lint/node_modules/.package-lock.json
# axe-core, which the browser tests run in Chromium to check the pages' accessibility.
AXE := tests/browser/axe/node_modules/.package-lock.json
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# The PostGIS store's tests start a throwaway PostgreSQL cluster of their own
# (tools/local_postgis.py); its view posture_now is read with ogrinfo (the gdal target).
POSTGIS_PACKAGES := postgresql postgresql-15-postgis-3
POSTGIS_READY := /usr/share/postgresql/15/extension/postgis.control

.PHONY: run run-postgis test bench mutation chromium gdal node postgis clean

# `make run PORT=8080` when 5000 is taken (HOST=0.0.0.0 to be seen from other machines).
PORT ?= 5000
HOST ?= 127.0.0.1

run: $(INSTALLED)  ## serve the map of geodata/ on http://127.0.0.1:5000
	$(BIN)/tracker serve --data geodata --host $(HOST) --port $(PORT)

# Try the PostGIS store: a cluster of its own in .postgis/ (stopped by Ctrl-C), the seed copied in.
run-postgis: $(INSTALLED) postgis  ## serve geodata/ from a local PostGIS on http://127.0.0.1:5000
	$(BIN)/python -m tools.local_postgis serve geodata

test: $(INSTALLED) chromium gdal postgis $(NODE_MODULES) $(LINT_MODULES) $(AXE) $(JS_TEST_MODULES)  ## the whole suite, browser and node tests included
	$(BIN)/pytest

bench: $(INSTALLED) chromium postgis $(NODE_MODULES)  ## the curve (1,000, 10,000, 100,000 facilities) against two peers, then the folder store beside PostGIS (long)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.stores

# Mutation testing of the core, one module at a time (slow; not part of `make test`):
# `make mutation` runs them all, `make mutation MODULES=tracker.posture` one. README, "Tests".
MODULES ?= tracker.posture tracker.model.validation tracker.store.base tracker.store.folder tracker.store.snapshot
mutation: $(INSTALLED)
	$(BIN)/pip install --quiet --editable '.[test,mutation]'
	for module in $(MODULES); do $(BIN)/mutmut run --max-children $${JOBS:-1} "$$module.*" || exit 1; done
	$(BIN)/python tools/mutation_score.py $(foreach m,$(MODULES),'$(m).*')

$(NODE_MODULES): bench/package.json bench/package-lock.json | node
	npm ci --prefix bench
	touch $@

$(JS_TEST_MODULES): tests/js/package.json tests/js/package-lock.json | node
	npm ci --prefix tests/js --no-audit --no-fund
	touch $@

$(LINT_MODULES): tools/openapi-lint/package.json tools/openapi-lint/package-lock.json | node
	npm ci --prefix tools/openapi-lint --no-audit --no-fund
	touch $@

$(AXE): tests/browser/axe/package.json tests/browser/axe/package-lock.json | node
	npm ci --prefix tests/browser/axe --no-audit --no-fund
	touch $@

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --editable '.[test]'
	touch $@

# The browser tests drive Debian's Chromium (Playwright cannot download its own here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# The GIS tests read the app with GDAL's own client, as analysts have it (ogrinfo, Debian 12's GDAL).
gdal:
	@command -v ogrinfo >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gdal-bin; }

# Debian's PostgreSQL 15 with PostGIS 3, for the PostGIS store.
postgis:
	@[ -e $(POSTGIS_READY) ] || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(POSTGIS_PACKAGES); }

# Node and npm come with the machine; Debian's packages stand in when they do not.
node:
	@command -v npm >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }

clean:
	rm -rf $(VENV) build *.egg-info bench/node_modules tests/js/node_modules tools/openapi-lint/node_modules tests/browser/axe/node_modules .postgis mutants
