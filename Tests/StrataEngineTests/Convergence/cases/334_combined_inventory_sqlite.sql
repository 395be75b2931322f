-- case: inventory (SQLite): rebuilds of three related tables with triggers, views, indexes
-- engines: sqlite
-- current
CREATE TABLE warehouses (id INTEGER PRIMARY KEY, code TEXT NOT NULL, city TEXT);
CREATE TABLE parts (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, weight INTEGER);
CREATE TABLE stock (warehouse_id INTEGER NOT NULL REFERENCES warehouses (id), part_id INTEGER NOT NULL REFERENCES parts (id),
  qty INTEGER, changed_at TEXT, PRIMARY KEY (warehouse_id, part_id));
CREATE INDEX ix_parts_sku ON parts (sku);
CREATE VIEW stock_by_city AS SELECT w.city, SUM(s.qty) AS qty FROM stock s JOIN warehouses w ON w.id = s.warehouse_id GROUP BY w.city;
CREATE TRIGGER trg_stock_touch AFTER UPDATE OF qty ON stock BEGIN
  UPDATE stock SET changed_at = datetime('now') WHERE warehouse_id = NEW.warehouse_id AND part_id = NEW.part_id;
END;
-- desired
CREATE TABLE warehouses (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, city TEXT NOT NULL DEFAULT 'unknown');
CREATE TABLE parts (id INTEGER PRIMARY KEY, sku TEXT NOT NULL COLLATE NOCASE, weight REAL, CHECK (weight IS NULL OR weight > 0));
CREATE TABLE stock (warehouse_id INTEGER NOT NULL REFERENCES warehouses (id) ON DELETE CASCADE, part_id INTEGER NOT NULL REFERENCES parts (id),
  qty INTEGER NOT NULL DEFAULT 0, changed_at TEXT, PRIMARY KEY (warehouse_id, part_id));
CREATE UNIQUE INDEX ux_parts_sku ON parts (sku);
CREATE INDEX ix_stock_part ON stock (part_id);
CREATE VIEW stock_by_city AS SELECT w.city, SUM(s.qty) AS qty FROM stock s JOIN warehouses w ON w.id = s.warehouse_id GROUP BY w.city;
CREATE TRIGGER trg_stock_touch AFTER UPDATE OF qty ON stock BEGIN
  UPDATE stock SET changed_at = datetime('now') WHERE warehouse_id = NEW.warehouse_id AND part_id = NEW.part_id;
END;
-- rows
INSERT INTO warehouses (id, code, city) VALUES (1, 'OSL1', 'Oslo'), (2, 'OPO1', 'Porto');
INSERT INTO parts (id, sku, weight) VALUES (1, 'bolt-m4', 2), (2, 'NUT-M4', 1);
INSERT INTO stock (warehouse_id, part_id, qty, changed_at) VALUES (1, 1, 100, NULL), (1, 2, 50, NULL), (2, 1, 10, NULL);
