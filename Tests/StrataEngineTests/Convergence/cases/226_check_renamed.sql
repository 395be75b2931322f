-- case: check constraint renamed
-- engines: postgresql mysql
-- current
CREATE TABLE products (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, CONSTRAINT qty_positive CHECK (qty >= 0));
-- desired
CREATE TABLE products (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, CONSTRAINT ck_products_qty CHECK (qty >= 0));
-- rows
INSERT INTO products (id, qty) VALUES (1, 3), (2, 0);
