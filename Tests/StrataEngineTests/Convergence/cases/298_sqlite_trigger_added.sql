-- case: trigger added
-- engines: sqlite
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, updated_at TEXT);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, updated_at TEXT);
CREATE TRIGGER trg_items_touch AFTER UPDATE OF name ON items BEGIN
  UPDATE items SET updated_at = datetime('now') WHERE id = NEW.id;
END;
-- rows
INSERT INTO items (id, name, updated_at) VALUES (1, 'apple', NULL), (2, 'pear', NULL);
