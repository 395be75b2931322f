-- case: add a DATE and a TIMESTAMP column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE orders (id INTEGER PRIMARY KEY, total DECIMAL(10,2) NOT NULL);
-- desired
CREATE TABLE orders (id INTEGER PRIMARY KEY, total DECIMAL(10,2) NOT NULL, ship_date DATE, shipped_at TIMESTAMP NULL);
-- rows
INSERT INTO orders (id, total) VALUES (1, 10.50), (2, 99.99);
