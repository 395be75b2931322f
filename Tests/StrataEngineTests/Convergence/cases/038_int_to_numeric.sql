-- case: INTEGER to DECIMAL
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE products (id INTEGER PRIMARY KEY, price INTEGER NOT NULL);
-- desired
CREATE TABLE products (id INTEGER PRIMARY KEY, price DECIMAL(10,2) NOT NULL);
-- rows
INSERT INTO products (id, price) VALUES (1, 10), (2, 250);
