-- case: foreign key added to an existing table with a trigger
-- engines: sqlite
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL NOT NULL, updated_at TEXT);
CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE TRIGGER trg_orders_touch AFTER UPDATE OF total ON orders BEGIN
  UPDATE orders SET updated_at = datetime('now') WHERE id = NEW.id;
END;
-- desired
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL, total REAL NOT NULL, updated_at TEXT);
CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE TRIGGER trg_orders_touch AFTER UPDATE OF total ON orders BEGIN
  UPDATE orders SET updated_at = datetime('now') WHERE id = NEW.id;
END;
-- rows
INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO orders (id, customer_id, total, updated_at) VALUES (1, 1, 9.5, NULL), (2, NULL, 3.0, NULL);
