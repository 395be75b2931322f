-- case: shop: new table, new FK, widened column, new index, dropped column, new default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, fax VARCHAR(20));
CREATE TABLE products (id INTEGER PRIMARY KEY, title VARCHAR(60) NOT NULL, price DECIMAL(8,2) NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status VARCHAR(10),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
-- desired
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(120) NOT NULL);
CREATE TABLE products (id INTEGER PRIMARY KEY, title VARCHAR(60) NOT NULL, price DECIMAL(12,2) NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status VARCHAR(10) DEFAULT 'new',
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE);
CREATE TABLE order_lines (order_id INTEGER NOT NULL, product_id INTEGER NOT NULL, qty INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, product_id),
  CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  CONSTRAINT fk_lines_product FOREIGN KEY (product_id) REFERENCES products (id));
CREATE INDEX ix_orders_status ON orders (status);
-- rows
INSERT INTO customers (id, name, fax) VALUES (1, 'Ann', NULL), (2, 'Bob', '555-0100');
INSERT INTO products (id, title, price) VALUES (1, 'Tea', 3.50), (2, 'Mug', 8.00);
INSERT INTO orders (id, customer_id, status) VALUES (1, 1, 'paid'), (2, 2, NULL);
