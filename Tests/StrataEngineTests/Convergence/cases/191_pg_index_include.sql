-- case: index with INCLUDE columns
-- engines: postgresql
-- current
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total NUMERIC(10,2));
CREATE INDEX ix_orders_customer ON orders (customer_id);
-- desired
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total NUMERIC(10,2));
CREATE INDEX ix_orders_customer ON orders (customer_id) INCLUDE (total);
-- rows
INSERT INTO orders (id, customer_id, total) VALUES (1, 10, 5.00), (2, 11, 7.50);
