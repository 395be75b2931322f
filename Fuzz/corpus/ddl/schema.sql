PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, email TEXT UNIQUE);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  total NUMERIC(10,2) DEFAULT 0 CHECK (total >= 0), state TEXT DEFAULT 'new');
CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;
CREATE TRIGGER orders_state AFTER UPDATE ON orders BEGIN UPDATE orders SET state = 'changed' WHERE id = new.id; END;
INSERT INTO customers VALUES (1, 'Ada', 'ada@example.com');
CREATE TABLE strict_t (a INT, b TEXT) STRICT;
CREATE TABLE wr (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
COMMIT;
