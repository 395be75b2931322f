-- case: drop a column that has an index
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, sku VARCHAR(20));
CREATE INDEX ix_items_sku ON items (sku);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name, sku) VALUES (1, 'apple', 'SKU-1'), (2, 'pear', 'SKU-2');
