#!/usr/bin/env bash
# Makes .build-venv/ with Selenium from PyPI for the browser test, scipy for the statistics
# cross-check, Pillow to read page images, PyYAML for the benchmark's scipy script and
# python-docx and python-pptx to read the Word and PowerPoint exports back, and axe-core (once; then reused). Selenium drives Debian's chromium through Debian's
# chromedriver: no browser is downloaded.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! .build-venv/bin/python -c "import selenium" 2>/dev/null; then
  python3 -m venv .build-venv
  .build-venv/bin/pip install --quiet --disable-pip-version-check "selenium>=4.20,<5"
fi
if ! .build-venv/bin/python -c "import scipy" 2>/dev/null; then
  .build-venv/bin/pip install --quiet --disable-pip-version-check "scipy>=1.15"
fi
if ! .build-venv/bin/python -c "import PIL" 2>/dev/null; then
  .build-venv/bin/pip install --quiet --disable-pip-version-check "pillow>=10"
fi
if ! .build-venv/bin/python -c "import yaml" 2>/dev/null; then
  .build-venv/bin/pip install --quiet --disable-pip-version-check "pyyaml>=6"
fi
# axe-core for the accessibility audit: the newest copy on PyPI comes with axe-playwright-python;
# only its axe.min.js is used, so Playwright is not installed.
if ! .build-venv/bin/python -c "import importlib.util as u; assert u.find_spec('axe_playwright_python')" 2>/dev/null; then
  .build-venv/bin/pip install --quiet --disable-pip-version-check --no-deps "axe-playwright-python==0.1.8"
fi
if ! .build-venv/bin/python -c "import docx, pptx" 2>/dev/null; then
  .build-venv/bin/pip install --quiet --disable-pip-version-check "python-docx>=1.1" "python-pptx>=1.0"
fi
