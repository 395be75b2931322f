-- case: change a DECIMAL default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE products (id INTEGER PRIMARY KEY, price DECIMAL(10,2) NOT NULL DEFAULT 0.00);
-- desired
CREATE TABLE products (id INTEGER PRIMARY KEY, price DECIMAL(10,2) NOT NULL DEFAULT 9.99);
-- rows
INSERT INTO products (id, price) VALUES (1, 1.50), (2, 0.00);
