# ForumDesk: `make run` opens the app, `make test` runs every check. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/constraints.txt
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest bench lock translations layouts help-screenshots appstream-screenshots metainfo dist system-packages bundle clean

run: $(VENV)/.run-installed $(QM)
	$(BIN)/forumdesk

test: $(VENV)/.test-installed $(QM) lint typecheck pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests bench db packaging
	$(BIN)/ruff format --check src tests bench db packaging

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy --strict src/forumdesk/store src/forumdesk/services src/forumdesk/exports
	$(BIN)/mypy src/forumdesk

pytest: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(VENV)/.run-installed
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/registry.py
	$(BIN)/python bench/placeholders.py
	$(BIN)/python bench/exports.py
	$(BIN)/python bench/merge.py
	$(BIN)/python bench/checkin.py
	$(BIN)/python bench/gui_stalls.py

$(BIN)/python:
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "Python's venv module is missing: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Installs are pinned by the committed constraints file (make lock refreshes it).
$(VENV)/.run-installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(LOCK) -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(LOCK) -e '.[test]'
	touch $@ $(VENV)/.run-installed

$(VENV)/.bundle-installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(LOCK) -e '.[bundle]'
	touch $@ $(VENV)/.run-installed

# The desktop bundle: dist/ForumDesk-<version>-<arch>/ (one folder, `forumdesk` inside),
# its .tar.gz with install.sh, and dist/forumdesk_<version>_<arch>.deb (packaging/README.md,
# "Linux bundle"). Earlier bundles and PyInstaller's work tree are removed first: each
# is a few hundred MB.
bundle: $(VENV)/.bundle-installed $(QM)
	rm -rf build/pyinstaller dist/ForumDesk-* dist/forumdesk_*.deb
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist packaging/forumdesk.spec
	rm -rf build/pyinstaller

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.run-installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the translated catalogues from every tr() in the code (packaging/ts_catalogue.py
# lists what is left to translate). forumdesk_en.ts is hand-maintained (English plural
# forms of the %n strings only), so lupdate must not touch it.
TRANSLATED := $(filter-out %_en.ts,$(TS))
translations: $(VENV)/.run-installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(shell find src/forumdesk/ui -name '*.py') -ts $(TRANSLATED)
	$(BIN)/python packaging/update_service_messages.py

# Every page at 1024x700, 1440x900 and 1920x1080 in English, French and Arabic, with a
# list of what is cut off: PNGs in /tmp/layouts.
layouts: $(VENV)/.run-installed $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/layout_screenshots.py --out /tmp/layouts

# The user guide's screenshots (resources/help/<language>/images/), from the real window
# on the demo forum, offscreen.
help-screenshots: $(VENV)/.run-installed $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/help_screenshots.py

# The software centres' screenshots (packaging/screenshots/, named in the AppStream
# metadata), and the metadata's releases copied from CHANGELOG.md.
appstream-screenshots: $(VENV)/.run-installed $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/help_screenshots.py --appstream

metainfo: $(VENV)/.run-installed
	$(BIN)/python packaging/metainfo.py

# The sdist and, built from it, the wheel (translations compiled in): dist/.
dist: $(VENV)/.test-installed
	$(BIN)/python -m build --outdir dist .

lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[test,bundle]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | sort > $(LOCK)
	rm -rf .lock-venv

system-packages:
	@echo "sudo apt-get install -y $$(grep -v '^#' requirements/system-packages.txt | xargs)"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(QM) build dist
