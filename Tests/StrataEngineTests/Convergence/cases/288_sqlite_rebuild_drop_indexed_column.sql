-- case: dropping an indexed column (SQLite refuses ALTER DROP) keeps the other index and trigger
-- engines: sqlite
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price INTEGER, sku TEXT, updated_at TEXT);
CREATE INDEX ix_items_name ON items (name);
CREATE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10;
CREATE TRIGGER trg_items_touch AFTER UPDATE OF name ON items BEGIN
  UPDATE items SET updated_at = datetime('now') WHERE id = NEW.id;
END;
CREATE INDEX ix_items_sku ON items (sku);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price INTEGER, updated_at TEXT);
CREATE INDEX ix_items_name ON items (name);
CREATE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10;
CREATE TRIGGER trg_items_touch AFTER UPDATE OF name ON items BEGIN
  UPDATE items SET updated_at = datetime('now') WHERE id = NEW.id;
END;
-- rows
INSERT INTO items (id, name, price, sku, updated_at) VALUES (1, 'apple', 5, 'A1', NULL), (2, 'pear', 12, 'P2', NULL);
