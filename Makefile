# korps: the two commands are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
UV_VERSION := 0.13.9
UV := $(VENV)/bin/uv
KORPS := $(VENV)/bin/korps
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: demo test lint format install install-test chromium messages compilemessages clean bench-rush bench-monitoring

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet uv==$(UV_VERSION)

# --inexact keeps uv itself, which lives in the same environment.
install: $(UV)
	$(UV) sync --frozen --inexact --python $(VENV)/bin/python
	@$(MAKE) --no-print-directory compilemessages

install-test: $(UV)
	$(UV) sync --frozen --inexact --extra test --python $(VENV)/bin/python
	@$(MAKE) --no-print-directory compilemessages chromium

compilemessages:
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext >/dev/null)
	@cd korps && DJANGO_SETTINGS_MODULE=korps.settings.test ../$(KORPS) compilemessages --verbosity 0

# Debian's Chromium drives the browser tests; Playwright's own browser download cannot work here.
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

messages: install-test
	cd korps && DJANGO_SETTINGS_MODULE=korps.settings.test ../$(KORPS) makemessages -l nl -l fr -l en --no-location --no-obsolete

demo: install
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=korps.settings.demo $(KORPS) migrate --no-input
	DJANGO_SETTINGS_MODULE=korps.settings.demo $(KORPS) seed-demo --if-empty
	@DJANGO_SETTINGS_MODULE=korps.settings.demo $(KORPS) demo-logins
	DJANGO_SETTINGS_MODULE=korps.settings.demo $(VENV)/bin/gunicorn korps.wsgi --bind 127.0.0.1:8000 --workers 2 --threads 4 --access-logfile - --logger-class korps.audit.gunicorn_logging.RedactingLogger

test: install-test
	@mkdir -p var
	$(VENV)/bin/pytest

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) var

# Benchmarks print figures; they are never timed tests. KORPS_DATABASE_URL picks the database.
bench-rush: install-test
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=korps.settings.bench $(KORPS) migrate --no-input -v 0
	DJANGO_SETTINGS_MODULE=korps.settings.bench $(KORPS) bench-rush

bench-monitoring: install-test
	$(UV) sync --frozen --inexact --extra test --extra bench --python $(VENV)/bin/python
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=korps.settings.bench $(KORPS) migrate --no-input -v 0
	DJANGO_SETTINGS_MODULE=korps.settings.bench $(KORPS) bench-monitoring $(BENCH_ARGS)
