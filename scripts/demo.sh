#!/usr/bin/env bash
# The main job on an embedded SQLite file, no server: a project goes under change control,
# two revisions are written, applied, stepped back and forward, and the rows survive.
set -euo pipefail
STRATA=$(cd "$(dirname "${1:-.build/debug/strata}")" && pwd)/$(basename "${1:-.build/debug/strata}")
EXAMPLES=$(cd "$(dirname "$0")/../examples" && pwd)
DEMO=demo
rm -rf "$DEMO" && mkdir -p "$DEMO" && cd "$DEMO"

show() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }
rows() { # run SQL and print the rows, with sqlite3 or else Python's sqlite3 module; DB=file picks the database
  local db=${DB:-strata.db}
  printf '\n\033[1m$ sqlite3 %s "%s"\033[0m\n' "$db" "$1"
  if command -v sqlite3 >/dev/null; then sqlite3 -header -column "$db" "$1"
  else python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); [print(*r, sep=" | ") for r in c.execute(sys.argv[2])]; c.commit()' "$db" "$1"; fi
}

show "$STRATA" init
first=$("$STRATA" revision -q -m "create customers")
cat > "$first.tmp" <<SQL
$(sed -n '1,/^-- strata:upgrade/p' "$first")
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Edsger');

-- strata:downgrade
DROP TABLE customers;
SQL
mv "$first.tmp" "$first"
second=$("$STRATA" revision -q -m "add email")
cat > "$second.tmp" <<SQL
$(sed -n '1,/^-- strata:upgrade/p' "$second")
ALTER TABLE customers ADD COLUMN email TEXT;
UPDATE customers SET email = lower(name) || '@example.com';

-- strata:downgrade
ALTER TABLE customers DROP COLUMN email;
SQL
mv "$second.tmp" "$second"
show cat "$second"
show "$STRATA" upgrade head
show "$STRATA" current
show "$STRATA" history
rows "SELECT * FROM customers"
show "$STRATA" downgrade -1
rows "SELECT * FROM customers"
show "$STRATA" upgrade head
rows "SELECT * FROM customers"
show "$STRATA" upgrade --sql base:head
show "$STRATA" check

# Autogenerate: the desired schema as a DDL file; strata writes the revision, both directions.
cat > schema.sql <<'SQL'
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email VARCHAR(200),
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX ux_customers_email ON customers (email);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    total NUMERIC(10,2) NOT NULL DEFAULT 0
);
SQL
show cat schema.sql
show "$STRATA" autogenerate -m "orders and full names" --target schema.sql --rename customers.name=full_name
show sh -c "sed -n '/strata:upgrade/,\$p' migrations/*orders_and_full_names.sql"
show "$STRATA" upgrade head
rows "SELECT * FROM customers"
show "$STRATA" check --target schema.sql
show "$STRATA" autogenerate -m "again" --target schema.sql
show "$STRATA" downgrade -1
rows "SELECT * FROM customers"
show "$STRATA" upgrade head

# The model as the source of truth: a MySQL Workbench model drives a SQLite database, no scratch
# database in between. Strata keeps the model's object ids next to the migrations, so what was
# renamed in Workbench becomes a rename, and the rows stay.
mkdir -p workbench && cd workbench
show "$STRATA" init
sed -i 's|sqlite:///strata.db|sqlite:///store.db\n  target: model.mwb|' strata.yml
show grep -A6 '^default:' strata.yml
cp "$EXAMPLES/workbench/store-v1.mwb" model.mwb
show "$STRATA" inspect model.mwb
show "$STRATA" autogenerate -m "store v1"
show "$STRATA" upgrade
DB=store.db rows "INSERT INTO customers (id, name, email) VALUES (1, 'Ada', 'ada@example.com'), (2, 'Alan', NULL);
INSERT INTO orders (id, customer_id, total) VALUES (10, 1, 5.50), (11, 2, 7.25);
SELECT * FROM customers"
# In Workbench: customers renamed clients, name renamed full_name, email widened, phone added,
# orders.total widened, a products table with a foreign key to it, legacy_notes deleted.
cp "$EXAMPLES/workbench/store-v2.mwb" model.mwb
show "$STRATA" autogenerate -m "store v2"
show sh -c "sed -n '/strata:upgrade/,/strata:downgrade/p' migrations/*store_v2.sql"
show "$STRATA" upgrade
DB=store.db rows "SELECT * FROM clients"
DB=store.db rows "SELECT * FROM orders"
show "$STRATA" check
show "$STRATA" downgrade -1
DB=store.db rows "SELECT * FROM customers"
show "$STRATA" upgrade
cd ..

printf '\nThe demo project is in %s/\n' "$(pwd)"
