-- case: rebuild of a table whose trigger writes to another table
-- engines: sqlite
-- current
CREATE TABLE stock (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, qty INTEGER);
CREATE TABLE stock_log (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, old_qty INTEGER, new_qty INTEGER);
CREATE TRIGGER trg_stock_log AFTER UPDATE OF qty ON stock BEGIN
  INSERT INTO stock_log (sku, old_qty, new_qty) VALUES (OLD.sku, OLD.qty, NEW.qty);
END;
-- desired
CREATE TABLE stock (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, qty INTEGER NOT NULL DEFAULT 0);
CREATE TABLE stock_log (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, old_qty INTEGER, new_qty INTEGER);
CREATE TRIGGER trg_stock_log AFTER UPDATE OF qty ON stock BEGIN
  INSERT INTO stock_log (sku, old_qty, new_qty) VALUES (OLD.sku, OLD.qty, NEW.qty);
END;
-- rows
INSERT INTO stock (id, sku, qty) VALUES (1, 'A', 5), (2, 'B', 0);
INSERT INTO stock_log (id, sku, old_qty, new_qty) VALUES (1, 'A', 4, 5), (2, 'B', 1, 0);
