#!/usr/bin/env bash
# make release, then the binary it builds (the one the Dockerfile copies) is run as a user would:
# from a folder outside the build tree, with no Swift toolchain on the library path. Checks that
# the Swift runtime is linked in (ldd), and that the binary migrates SQLite and MariaDB, draws a
# diagram and writes model code. Run by `make test` (scripts/test.sh), which builds the release
# binary beside the tests and passes it: scripts/release-check.sh [path/to/release/strata].
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  make --no-print-directory release
  bin=.build/release/strata
fi

libs=$(ldd "$bin")
if grep -E 'not found|libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime' <<<"$libs"; then
  echo "release-check: the release binary depends on the Swift runtime or misses a library" >&2; exit 1
fi

# Only libraries the Dockerfile's runtime stage has (bookworm-slim + libmariadb3, which brings libssl3).
allowed='^(linux-vdso\.so\.1|/lib64/ld-linux-x86-64\.so\.2|lib(c|m|dl|rt|pthread|util|gcc_s|stdc\+\+|z|mariadb|ssl|crypto)\.so\.[0-9]+)$'
extra=$(awk '{print $1}' <<<"$libs" | grep -Ev "$allowed" || true)
if [ -n "$extra" ]; then
  echo "release-check: the release binary needs libraries the Dockerfile's runtime image lacks: $extra" >&2; exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"; mysql -h127.0.0.1 -ustrata -pstrata -e "DROP DATABASE IF EXISTS strata_release_check" 2>/dev/null || true' EXIT
mkdir "$work/bin" "$work/project"
cp "$bin" "$work/bin/strata"
cd "$work/project"
run() { env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" "$@"; }

run strata --version
run strata init >/dev/null
rev=$(run strata revision -q -m "release check")
{ sed -n '1,/^-- strata:upgrade/p' "$rev"; cat <<'SQL'
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id));
INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace');

-- strata:downgrade
DROP TABLE orders;
DROP TABLE customers;
SQL
} > "$rev.tmp" && mv "$rev.tmp" "$rev"

run strata upgrade >/dev/null
[ "$(sqlite3 strata.db 'SELECT group_concat(name) FROM customers')" = "Ada,Grace" ] || { echo "release-check: rows missing on SQLite" >&2; exit 1; }
run strata check >/dev/null
run strata inspect --format mermaid | grep -q 'customers ||--o{ orders' || { echo "release-check: no diagram" >&2; run strata inspect --format mermaid >&2; exit 1; }
run strata codegen --format grdb -o Models >/dev/null && grep -q 'struct Customer' Models/Models.swift
run strata downgrade base >/dev/null
[ "$(sqlite3 strata.db "SELECT count(*) FROM sqlite_master WHERE name = 'customers'")" = 0 ] || { echo "release-check: downgrade left customers" >&2; exit 1; }

# MariaDB through the linked client library.
mysql -h127.0.0.1 -ustrata -pstrata -e "DROP DATABASE IF EXISTS strata_release_check; CREATE DATABASE strata_release_check"
url="mysql://strata:strata@127.0.0.1:3306/strata_release_check"
run strata upgrade --url "$url" >/dev/null
[ "$(mysql -h127.0.0.1 -ustrata -pstrata -N strata_release_check -e 'SELECT group_concat(name ORDER BY id) FROM customers')" = "Ada,Grace" ] \
  || { echo "release-check: rows missing on MariaDB" >&2; exit 1; }
run strata check --url "$url" >/dev/null
echo "release-check: $(du -h "$OLDPWD/$bin" 2>/dev/null | cut -f1 || true) release binary ok: no Swift runtime needed, SQLite and MariaDB migrated with rows, diagram and model code written"
