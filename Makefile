# Verder: `make run` starts the demo, `make test` runs the suite. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: install run test test-unit test-browser fuzz lint translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Verder needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

translations: install
	$(BIN)/pybabel -q compile -d locale -D django

run: install translations
	mkdir -p var
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo --seed 1 --if-empty
	DEBUG=1 $(BIN)/python manage.py apply_retention --schedule
	@echo "Verder runs on http://$(HOST):$(PORT)/ (Ctrl-C stops server and worker)"
	DEBUG=1 $(BIN)/python manage.py db_worker & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  DEBUG=1 $(BIN)/uvicorn aftercare.asgi:application --host $(HOST) --port $(PORT) --lifespan off

test: install translations test-unit test-browser

test-unit: install
	$(BIN)/python -m pytest -m "not browser and not fuzz" -q

# Browser tests run in their own process: Playwright's event loop must not meet the async tests.
test-browser: install
	@if [ -x "$(CHROMIUM)" ]; then \
	  DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/python -m pytest -m browser -q tests/frontend/browser; \
	elif [ "$$CI" = "true" ]; then \
	  echo "Chromium not found at $(CHROMIUM): CI must run the browser tests"; exit 1; \
	else \
	  echo "Browser tests SKIPPED: Chromium not found at $(CHROMIUM) (apt-get install chromium)"; \
	fi

# schemathesis against the OpenAPI schema (tests/test_fuzz_api.py), bounded: FUZZ_EXAMPLES
# examples per operation and persona (default 30); FUZZ_COVERAGE=1 adds the slower boundary phase.
fuzz: install
	$(BIN)/python -m pytest -m fuzz -q tests/test_fuzz_api.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	VERDER_TESTING=1 $(BIN)/python -m mypy .
	$(BIN)/lint-imports
	VERDER_TESTING=1 $(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var
