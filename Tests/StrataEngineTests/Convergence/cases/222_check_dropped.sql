-- case: named check constraint dropped
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE products (id INTEGER PRIMARY KEY, price DECIMAL(10,2) NOT NULL, CONSTRAINT ck_products_price CHECK (price > 0));
-- desired
CREATE TABLE products (id INTEGER PRIMARY KEY, price DECIMAL(10,2) NOT NULL);
-- rows
INSERT INTO products (id, price) VALUES (1, 1.00), (2, 2.50);
