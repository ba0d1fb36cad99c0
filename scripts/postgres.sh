#!/usr/bin/env bash
# A throwaway PostgreSQL for the consent log's tests and benchmark, on 127.0.0.1 only.
#
#   eval "$(bash scripts/postgres.sh start)"   installs Debian's postgresql when no PostgreSQL is found (as root, as
#                                              CI runs), starts a fresh cluster in a temporary folder on a free
#                                              loopback port, and prints the exports
#                                              AUFUM_TEST_POSTGRES_URL and AUFUM_TEST_POSTGRES_DIR
#   bash scripts/postgres.sh stop [dir]        stops that cluster and deletes its folder (default $AUFUM_TEST_POSTGRES_DIR)
#   bash scripts/postgres.sh run <command…>    runs the command with AUFUM_TEST_POSTGRES_URL set: the one given, or a
#                                              cluster started for it and stopped after
#
# Progress goes to stderr; only the exports go to stdout.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

# The folder of PostgreSQL's programs: pg_ctl's on PATH (links followed), or Debian's newest
# /usr/lib/postgresql/<version>/bin.
find_bin() {
  if command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $dir && -x $dir/pg_ctl ]] && echo "$dir"
}

install_postgres() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    log "no PostgreSQL found, and only root on Debian or Ubuntu can install it here."
    log "Install PostgreSQL (its initdb and pg_ctl), or set AUFUM_TEST_POSTGRES_URL to a database the tests may fill."
    exit 1
  fi
  log "installing Debian's postgresql…"
  # Debian's package would create and start a cluster of its own on port 5432: the tests need none of that.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/aufum-no-main-cluster.conf
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
}

# Runs a PostgreSQL program as an unprivileged user: initdb and postgres refuse to run as root.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })'
}

start() {
  local bin dir port
  bin=$(find_bin) || true
  if [[ -z $bin ]]; then
    install_postgres
    bin=$(find_bin)
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/aufum-postgres.XXXXXX")
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  port=${AUFUM_TEST_POSTGRES_PORT:-$(free_port)}
  as_owner "$bin/initdb" -D "$dir/data" -U aufum --auth=trust -E UTF8 --no-locale --no-instructions >/dev/null
  # Loopback only, the socket in the cluster's own folder; fsync stays on, as in production.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200" \
    start >/dev/null
  log "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port (folder $dir)"
  echo "export AUFUM_TEST_POSTGRES_URL=postgres://aufum@127.0.0.1:$port/postgres"
  echo "export AUFUM_TEST_POSTGRES_DIR=$dir"
}

stop() {
  local dir=${1:-${AUFUM_TEST_POSTGRES_DIR:-}} bin
  [[ -n $dir && -d $dir/data ]] || { log "no cluster to stop at '$dir'"; return 0; }
  bin=$(find_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case ${1:-} in
  start) start ;;
  stop) stop "${2:-}" ;;
  run)
    shift
    if [[ -z ${AUFUM_TEST_POSTGRES_URL:-} ]]; then
      eval "$(start)"
      trap 'stop "$AUFUM_TEST_POSTGRES_DIR"' EXIT
    fi
    "$@"
    ;;
  *)
    sed -n '2,13p' "$0" >&2
    exit 2
    ;;
esac
