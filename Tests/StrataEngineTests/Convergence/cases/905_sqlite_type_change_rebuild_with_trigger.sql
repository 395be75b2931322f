-- case: SQLite rebuild: widen a type and add NOT NULL, keeping rows, with an index and a trigger on the table
-- engines: sqlite
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50), qty INT);
CREATE INDEX ix_items_name ON items (name);
CREATE TABLE audit (item_id INTEGER, at TEXT);
CREATE TRIGGER items_audit AFTER INSERT ON items BEGIN INSERT INTO audit (item_id, at) VALUES (NEW.id, 'x'); END;
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, qty BIGINT DEFAULT 0);
CREATE INDEX ix_items_name ON items (name);
CREATE TABLE audit (item_id INTEGER, at TEXT);
CREATE TRIGGER items_audit AFTER INSERT ON items BEGIN INSERT INTO audit (item_id, at) VALUES (NEW.id, 'x'); END;
-- rows
INSERT INTO items (id, name, qty) VALUES (1, 'a', 3), (2, 'b', 4);
