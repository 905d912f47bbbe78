# make demo / make test set up everything from nothing in .venv.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
TORCH  := torch==2.13.0
STAMP  := $(VENV)/.installed
CONSTRAINTS := constraints.txt

.PHONY: demo test lint bench venv clean constraints test-latest services

venv: $(STAMP)

# A clean virtualenv whenever the dependencies change, with the versions CI tested (constraints.txt).
$(STAMP): pyproject.toml $(CONSTRAINTS)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q $(TORCH)
	$(PIP) install -q -c $(CONSTRAINTS) -e '.[all,dev]'
	touch $(STAMP)

# Optional: the servers the gateway's replica tests start for real (Redis, PostgreSQL) and the bench's
# load generator (wrk), from Debian's packages; without them those tests skip and say why.
services:
	@if command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
		&& command -v wrk >/dev/null; then echo "redis-server, postgresql and wrk are installed"; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server postgresql wrk; } \
		|| echo "could not install redis-server, postgresql, wrk: the tests that need them will skip"; \
	else echo "install redis-server, postgresql and wrk (Debian: sudo apt-get install redis-server postgresql wrk)"; fi

# Regenerate constraints.txt on purpose: the newest releases that pyproject.toml admits, in a fresh venv.
constraints:
	rm -rf .venv-constraints
	$(PYTHON) -m venv .venv-constraints
	.venv-constraints/bin/pip install -q --upgrade pip
	.venv-constraints/bin/pip install -q $(TORCH)
	.venv-constraints/bin/pip install -q -e '.[all,dev]'
	{ sed -n '1,2p' $(CONSTRAINTS); .venv-constraints/bin/pip freeze --exclude-editable | grep -v '^torch=='; } \
		> $(CONSTRAINTS).new && mv $(CONSTRAINTS).new $(CONSTRAINTS)
	rm -rf .venv-constraints

# The test suite against the newest releases, to see what would break before regenerating the constraints.
test-latest:
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/pip install -q --upgrade pip
	.venv-latest/bin/pip install -q $(TORCH)
	.venv-latest/bin/pip install -q --upgrade -e '.[all,dev]'
	.venv-latest/bin/python -m pytest -q tests

demo: $(STAMP)
	$(PY) examples/demo.py --out demo-output

test: $(STAMP)
	$(PY) -m pytest -q tests

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench examples
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) .venv-latest .venv-constraints demo-output .pytest_cache .mypy_cache .ruff_cache
