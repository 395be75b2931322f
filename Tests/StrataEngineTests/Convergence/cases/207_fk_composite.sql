-- case: composite foreign key added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE products (sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL, name VARCHAR(50), PRIMARY KEY (sku, variant));
CREATE TABLE stock (id INTEGER PRIMARY KEY, sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL, qty INTEGER NOT NULL);
-- desired
CREATE TABLE products (sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL, name VARCHAR(50), PRIMARY KEY (sku, variant));
CREATE TABLE stock (id INTEGER PRIMARY KEY, sku VARCHAR(20) NOT NULL, variant INTEGER NOT NULL, qty INTEGER NOT NULL,
  CONSTRAINT fk_stock_product FOREIGN KEY (sku, variant) REFERENCES products (sku, variant) ON DELETE CASCADE);
-- rows
INSERT INTO products (sku, variant, name) VALUES ('TEE', 1, 'tee S'), ('TEE', 2, 'tee M');
INSERT INTO stock (id, sku, variant, qty) VALUES (1, 'TEE', 1, 5), (2, 'TEE', 2, 0);
