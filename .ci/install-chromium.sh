#!/bin/sh
# Install headless Chromium (Debian package "chromium") for the HTML report test
# (tests/test_reports.py). Does nothing when Chromium is already present; installs
# only in CI (CI=true), so that a developer's machine is never changed behind their back.
set -eu

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
    echo "install-chromium: $(command -v chromium || echo /usr/bin/chromium) already installed"
    exit 0
fi
if [ "${CI:-}" != "true" ]; then
    echo "install-chromium: Chromium is missing; not installing outside CI (set CI=true)." >&2
    echo "install-chromium: the HTML rendering test will be skipped with a reason." >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
