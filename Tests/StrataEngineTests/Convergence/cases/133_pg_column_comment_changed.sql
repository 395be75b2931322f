-- case: COMMENT ON COLUMN changed
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, price NUMERIC(10,2) NOT NULL);
COMMENT ON COLUMN items.price IS 'price';
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, price NUMERIC(10,2) NOT NULL);
COMMENT ON COLUMN items.price IS 'the item''s net price';
-- rows
INSERT INTO items (id, price) VALUES (1, 1.00), (2, 2.50);
