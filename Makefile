# Two commands do all the set-up on a fresh machine:
#   make run   - create .venv, install, start the assistant (the console chat without Slack/Teams)
#   make test  - create .venv, install with test tools, make sure PostgreSQL is there, run the tests
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test clean

$(VENV)/.run-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	$(VENV)/bin/meldcode prepare
	touch $@

$(VENV)/.test-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(VENV)/bin/meldcode prepare
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(VENV)/bin/meldcode $(ARGS)

test: $(VENV)/.test-installed
	bash scripts/ensure-postgres.sh
	bash scripts/ensure-node-tools.sh
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
