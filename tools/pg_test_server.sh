#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suite (and for trying the app on a server).
#
#   tools/pg_test_server.sh start DIR   initdb DIR (if new), start it on a Unix socket in DIR only
#                                       (listen_addresses='': nothing on the network), check that
#                                       the unaccent extension is available, print the URL
#   tools/pg_test_server.sh stop DIR    stop it (the folder stays; rm -rf it yourself)
#   tools/pg_test_server.sh url DIR     the URL of the 'postgres' database of that cluster
#
# Tests: DELEGATION_PLANNER_TEST_DB="$(tools/pg_test_server.sh url DIR)" .venv/bin/python -m pytest
# (tests/conftest.py makes one database per test from a migrated template on that server).
#
# As root, initdb and postgres refuse to run: they run as the 'postgres' user (runuser), which
# must exist (Debian's postgresql package creates it). Durability is switched off (fsync=off):
# the cluster is thrown away, and the suite runs several times faster for it.
# Exit status 3 (with one line on stderr) when PostgreSQL is not installed or cannot start.
set -euo pipefail

usage() { echo "usage: $0 start|stop|url DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2

find_bin() {
    local d
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$d/initdb" ] && { echo "$d"; return; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
    return 1
}

as_owner() {
    # Run a PostgreSQL program as the owner of the cluster (postgres when we are root).
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

url_of() {
    # psycopg reads host=/folder as the socket folder; the folder must not need quoting.
    local abs
    abs=$(cd "$1" && pwd)
    echo "postgresql+psycopg://postgres@/postgres?host=${abs}"
}

case "$action" in
start)
    bin=$(find_bin) || { echo "PostgreSQL is not installed (no initdb; apt-get install postgresql)" >&2; exit 3; }
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "running as root and there is no 'postgres' user to run the server as" >&2; exit 3
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    case "$dir" in *[!A-Za-z0-9_./-]*) echo "$dir: use a folder name without spaces or symbols" >&2; exit 3;; esac
    # Unix socket paths are limited to 107 bytes (DIR/.s.PGSQL.5432).
    [ ${#dir} -le 90 ] || { echo "$dir: the folder path is too long for a Unix socket" >&2; exit 3; }
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$dir"
        # The postgres user must be able to reach the folder.
        p=$(dirname "$dir")
        while [ "$p" != "/" ]; do
            if ! runuser -u postgres -- test -x "$p"; then
                echo "$p is not reachable by the postgres user (chmod o+x it, or use another folder)" >&2; exit 3
            fi
            p=$(dirname "$p")
        done
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$dir/initdb.log" 2>&1 \
            || { echo "initdb failed: $(tail -n 1 "$dir/initdb.log")" >&2; exit 3; }
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null \
        || { echo "the PostgreSQL server did not start: $(tail -n 1 "$dir/server.log" 2>/dev/null)" >&2; exit 3; }
    if ! as_owner "$bin/psql" -h "$dir" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
        -c "CREATE EXTENSION IF NOT EXISTS unaccent; DROP EXTENSION unaccent" >/dev/null 2>"$dir/psql.err"; then
        echo "the unaccent extension is not available (install postgresql-contrib): $(tail -n 1 "$dir/psql.err")" >&2
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        exit 3
    fi
    url_of "$dir"
    ;;
stop)
    bin=$(find_bin) || exit 0
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
url)
    url_of "$dir"
    ;;
*)
    usage
    ;;
esac
