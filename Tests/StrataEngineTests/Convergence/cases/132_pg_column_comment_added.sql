-- case: COMMENT ON COLUMN added
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, price NUMERIC(10,2) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, price NUMERIC(10,2) NOT NULL);
COMMENT ON COLUMN items.price IS 'gross price in EUR';
-- rows
INSERT INTO items (id, price) VALUES (1, 1.00), (2, 2.50);
