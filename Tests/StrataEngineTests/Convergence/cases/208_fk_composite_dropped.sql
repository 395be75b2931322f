-- case: composite foreign key dropped
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE products (sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL, PRIMARY KEY (sku, variant));
CREATE TABLE stock (id INTEGER PRIMARY KEY, sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL,
  CONSTRAINT fk_stock_product FOREIGN KEY (sku, variant) REFERENCES products (sku, variant));
-- desired
CREATE TABLE products (sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL, PRIMARY KEY (sku, variant));
CREATE TABLE stock (id INTEGER PRIMARY KEY, sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL);
-- rows
INSERT INTO products (sku, variant) VALUES ('TEE', 1), ('TEE', 2);
INSERT INTO stock (id, sku, variant) VALUES (1, 'TEE', 1), (2, 'TEE', 2);
