#!/usr/bin/env bash
# A Java runtime for the Spark tests (tests/batch/test_distributed.py), from the Debian
# packages. Idempotent; never fails the CI run: without Java the Spark tests are skipped.
set -u

java_ok() {  # a Java runtime of version 17 or later runs
  local v
  v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  [ -n "$v" ] && [ "$v" -ge 17 ]
}

if java_ok; then
  echo "install-java: $(java -version 2>&1 | head -n 1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-java: no apt-get here: Java not installed, the Spark tests will be skipped"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "install-java: not root and no sudo: Java not installed, the Spark tests will be skipped"
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq; then
  echo "install-java: apt-get update failed: the Spark tests will be skipped"
  exit 0
fi
# Spark 4 needs Java 17 or later (Debian 12: openjdk-17; later releases: a newer default)
for pkg in openjdk-17-jre-headless default-jre-headless openjdk-21-jre-headless; do
  if $SUDO apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 && java_ok; then
    echo "install-java: installed $pkg: $(java -version 2>&1 | head -n 1)"
    exit 0
  fi
done
echo "install-java: no Java 17+ runtime could be installed: the Spark tests will be skipped"
exit 0
