-- case: default changed rebuilds a table with an index, a view and a trigger
-- engines: sqlite
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price INTEGER DEFAULT 1, updated_at TEXT);
CREATE INDEX ix_items_name ON items (name);
CREATE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10;
CREATE TRIGGER trg_items_touch AFTER UPDATE OF name ON items BEGIN
  UPDATE items SET updated_at = datetime('now') WHERE id = NEW.id;
END;
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price INTEGER DEFAULT 100, updated_at TEXT);
CREATE INDEX ix_items_name ON items (name);
CREATE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10;
CREATE TRIGGER trg_items_touch AFTER UPDATE OF name ON items BEGIN
  UPDATE items SET updated_at = datetime('now') WHERE id = NEW.id;
END;
-- rows
INSERT INTO items (id, name, price, updated_at) VALUES (1, 'apple', 5, NULL), (2, 'pear', 12, '2024-01-01 00:00:00');
