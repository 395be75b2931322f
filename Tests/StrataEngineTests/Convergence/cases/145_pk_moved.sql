-- case: primary key moved to another column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE products (id INTEGER NOT NULL, sku VARCHAR(20) NOT NULL, name VARCHAR(50), PRIMARY KEY (id));
-- desired
CREATE TABLE products (id INTEGER NOT NULL, sku VARCHAR(20) NOT NULL, name VARCHAR(50), PRIMARY KEY (sku));
-- rows
INSERT INTO products (id, sku, name) VALUES (1, 'SKU-1', 'apple'), (2, 'SKU-2', 'pear');
