#!/usr/bin/env bash
# Make sure a PostgreSQL server (initdb, pg_ctl) is installed for the storage tests.
# The tests start their own throwaway server; this script only installs Debian's package.
set -euo pipefail
find_initdb() {
  command -v initdb 2>/dev/null && return 0
  ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 | grep . && return 0
  return 1
}
if find_initdb >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing PostgreSQL from Debian's packages for the storage tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  find_initdb >/dev/null && exit 0
fi
if [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is needed for the storage tests and could not be installed." >&2
  exit 1
fi
echo "PostgreSQL is not installed: the PostgreSQL storage tests will be skipped (install package 'postgresql')." >&2
