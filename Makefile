# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# The benchmark's folium peer serves folium's Timeline JavaScript from npm, never a CDN;
# `make test` runs the benchmark's smoke test, so it installs them too.
NODE_MODULES := bench/node_modules/.package-lock.json
# The OpenAPI linters (redocly, Spectral) that tests/test_openapi_lint.py runs, from npm.
LINT_MODULES := tools/openapi-lint/node_modules/.package-lock.json
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run test bench chromium gdal node clean

run: $(INSTALLED)  ## serve the map of geodata/ on http://127.0.0.1:5000
	$(BIN)/tracker serve --data geodata

test: $(INSTALLED) chromium gdal $(NODE_MODULES) $(LINT_MODULES)  ## the whole suite, browser tests included
	$(BIN)/pytest

bench: $(INSTALLED) chromium $(NODE_MODULES)  ## the curve: 1,000, 10,000 and 100,000 facilities against two peers (long)
	$(BIN)/python -m bench.run

$(NODE_MODULES): bench/package.json bench/package-lock.json | node
	npm ci --prefix bench
	touch $@

$(LINT_MODULES): tools/openapi-lint/package.json tools/openapi-lint/package-lock.json | node
	npm ci --prefix tools/openapi-lint --no-audit --no-fund
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

# Node and npm come with the machine; Debian's packages stand in when they do not.
node:
	@command -v npm >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }

clean:
	rm -rf $(VENV) build *.egg-info bench/node_modules tools/openapi-lint/node_modules
