# nevreport: `make report` builds every report, `make test` proves it. Both install what they need first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LAB_STAMP := $(VENV)/.installed-lab
HTML_CHECK := scripts/html-check
HTML_CHECK_STAMP := $(HTML_CHECK)/node_modules/.installed
LAB_SOURCE := lab
LAB_NODE_STAMP := $(LAB_SOURCE)/node_modules/.installed
export UV_PYTHON_DOWNLOADS := never
# Installed packages are compiled to bytecode once, at install: every later Python process (each kernel,
# each worker) then loads them instead of compiling pandas and matplotlib from source again. The package's
# own modules and the tests are cached the same way on first use (in __pycache__/, ignored by git), so a
# setting that forbids writing bytecode is not passed on: with it, every kernel would compile the package anew.
export UV_COMPILE_BYTECODE := 1
export UV_PROJECT_ENVIRONMENT := $(VENV)
unexport PYTHONDONTWRITEBYTECODE
# Jupyter looks in .venv before the user's folders, so the project's kernel is the one that runs.
export JUPYTER_PREFER_ENV_PATH := 1

# A folder copied or moved together with its .venv/ (cp -a) keeps programs and an editable install that lead
# back to the original folder, so its commands would read and write the original's files. Such an environment
# is made anew here: its first line names the Python it was made with, which must be this folder's.
VENV_MADE_FOR := $(shell head -n 1 $(BIN)/nevreport 2>/dev/null | cut -c 3-)
ifneq ($(VENV_MADE_FOR),)
ifneq ($(realpath $(dir $(VENV_MADE_FOR))),$(realpath $(CURDIR)/$(BIN)))
VENV_ELSEWHERE := $(patsubst %/$(BIN)/,%,$(dir $(VENV_MADE_FOR)))
.PHONY: $(STAMP)
endif
endif

.PHONY: help install report preview test lab labextension lint clean distclean bench bench-test bench-propose validate coverage dictionary check-html

help: ## show this list
	@echo "nevreport: China's and Shanghai's new-energy-vehicle industry, from figures stated in news articles."
	@echo
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 20

install: $(STAMP) ## create .venv with the locked versions (done by every target that needs it)

$(UV):
	@echo "==> bootstrapping uv $(UV_VERSION) into $(TOOLS)/"
	@$(PYTHON) -m venv $(TOOLS) || { echo "error: '$(PYTHON) -m venv' failed; install Python 3.11+ with venv (Debian: apt-get install python3-venv)"; exit 1; }
	@$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(STAMP): pyproject.toml uv.lock | $(UV)
ifdef VENV_ELSEWHERE
	@echo "==> $(VENV)/ was made for $(VENV_ELSEWHERE), not for this folder (copied or moved with it); making a new one"
	@rm -rf $(VENV)
endif
	@echo "==> installing the locked environment into $(VENV)/"
	@$(UV) sync --frozen --python $(PYTHON) --quiet || { \
	  echo "uv could not install the environment; trying pip with requirements.lock"; \
	  $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock \
	  && $(BIN)/pip install --quiet --no-deps -e . ; }
	@$(BIN)/python scripts/check_system.py
	@$(BIN)/python -m ipykernel install --sys-prefix --name nevreport --display-name "Python (nevreport)" >/dev/null
	@touch $@

$(LAB_STAMP): $(STAMP)
	@echo "==> adding JupyterLab to $(VENV)/"
	@$(UV) sync --frozen --python $(PYTHON) --quiet --group lab
	@touch $@

report: $(STAMP) ## build every parameter set under params/ into reports/<set>/ (HTML, PDF, CSV)
	@$(BIN)/nevreport build

preview: $(STAMP) ## serve one edition (EDITION=latest) on 127.0.0.1, rebuilt and reloaded when a notebook or the data is saved
	@$(BIN)/nevreport preview $(or $(EDITION),latest) $(if $(PORT),--port $(PORT),)

# The checks of `make lint` run beside the test suite (mypy's first run, with no cache yet, takes a while on
# one core); either failing fails the target.
test: $(STAMP) ## check style, types and declared dependencies (as `make lint`) and run the test suite
	@$(MAKE) --no-print-directory lint & lint=$$!; \
	$(BIN)/python -m pytest; status=$$?; \
	wait $$lint || { echo "error: make lint failed (its messages are above)"; status=1; }; \
	if [ $$status -eq 5 ]; then echo "error: pytest collected no tests; that is a failure, not a pass"; exit 1; fi; \
	exit $$status

lab: $(LAB_STAMP) ## start JupyterLab at the project root (prints the address to open; Ctrl-C stops it)
	@$(BIN)/python scripts/lab.py

$(LAB_NODE_STAMP): $(LAB_SOURCE)/package.json $(LAB_SOURCE)/package-lock.json
	@command -v npm >/dev/null || { echo "error: labextension needs Node.js 20+ with npm (Debian: apt-get install nodejs npm)"; exit 1; }
	@echo "==> installing the pinned extension toolchain (TypeScript, @jupyter/builder) into $(LAB_SOURCE)/node_modules/"
	@npm ci --prefix $(LAB_SOURCE) --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

labextension: $(LAB_STAMP) $(LAB_NODE_STAMP) ## rebuild JupyterLab's prose-cell extension from lab/ into src/nevreport/labextension/ (needs npm)
	@cd $(LAB_SOURCE) && rm -rf lib tsconfig.tsbuildinfo && node_modules/.bin/tsc \
	  && { log=$$(PATH="$(CURDIR)/$(BIN):$$PATH" jupyter-builder build . 2>&1) || { echo "$$log"; exit 1; }; }
	@echo "==> built src/nevreport/labextension/; commit it with lab/ (make lab and make test need no Node.js)"

lint: $(STAMP) ## check style (ruff), types (mypy), declared dependencies (deptry), notebooks without outputs
	@$(BIN)/ruff check --quiet src tests benchmarks scripts
	@$(BIN)/mypy --no-error-summary
	@$(BIN)/deptry --no-ansi src 2>&1 | grep -v '^Scanning\|^Success\|^$$' ; exit $${PIPESTATUS[0]}
	@$(BIN)/python scripts/check_notebooks.py notebooks notebooks/review

validate: $(STAMP) ## check data/figures.csv against the articles
	@$(BIN)/nevreport validate

coverage: $(STAMP) ## prove every number in the articles is curated or ignored with a reason
	@$(BIN)/nevreport coverage

dictionary: $(STAMP) ## rewrite the column tables of data/DICTIONARY.md from the package's declarations
	@$(BIN)/nevreport dictionary

bench: $(STAMP) ## measure build and validation speed and how much of the proposals a reviewer corrects (COLD=1 adds a fresh-clone install)
	@$(BIN)/python benchmarks/bench.py $(if $(COLD),--cold,)

bench-test: $(STAMP) ## time `make test` (wall and processor time; the target is two minutes on two cores)
	@$(BIN)/python benchmarks/bench_tests.py

bench-propose: $(STAMP) ## only the proposals: development and held-out sets (ARTICLES=folder [EXPECTED=csv] [SECOND=csv]: a set of your own)
ifdef ARTICLES
	@$(BIN)/python benchmarks/bench_propose.py --articles "$(ARTICLES)" $(if $(EXPECTED),--expected "$(EXPECTED)",) \
		$(if $(SECOND),--second "$(SECOND)",)
else
	@$(BIN)/python benchmarks/bench_propose.py
	@$(BIN)/python benchmarks/bench_propose.py --held-out
endif

$(HTML_CHECK_STAMP): $(HTML_CHECK)/package.json $(HTML_CHECK)/package-lock.json
	@command -v npm >/dev/null || { echo "error: check-html needs Node.js 20+ with npm (Debian: apt-get install nodejs npm)"; exit 1; }
	@echo "==> installing the pinned HTML checkers (vnu-jar, axe-core, puppeteer-core) into $(HTML_CHECK)/node_modules/"
	@npm ci --prefix $(HTML_CHECK) --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

check-html: $(STAMP) $(HTML_CHECK_STAMP) ## check the HTML: W3C Nu HTML Checker, axe-core WCAG 2.1 AA, quote links' text fragments (needs Java, chromium)
	@command -v java >/dev/null || { echo "error: check-html needs Java 11+ (Debian: apt-get install default-jre-headless)"; exit 1; }
	@command -v chromium >/dev/null || [ -n "$$CHROMIUM" ] || { echo "error: check-html needs chromium (Debian: apt-get install chromium; or set CHROMIUM=/path/to/chrome)"; exit 1; }
	@[ -f reports/latest/report.html ] && [ -f reports/index.html ] || $(BIN)/nevreport build
	@pages=$$(mktemp -d) && trap 'rm -rf "$$pages"' EXIT && \
	  $(BIN)/python $(HTML_CHECK)/source_pages.py reports/latest "$$pages" && \
	  node $(HTML_CHECK)/check.mjs --sources "$$pages/pages.json" reports/latest/report.html reports/index.html

clean: ## remove built reports
	rm -rf reports

distclean: clean ## also remove the environment
	rm -rf $(VENV) $(TOOLS)
