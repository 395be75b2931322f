-- case: index dropped
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total DECIMAL(10,2));
CREATE INDEX ix_orders_total ON orders (total);
-- desired
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total DECIMAL(10,2));
-- rows
INSERT INTO orders (id, customer_id, total) VALUES (1, 10, 5.00), (2, 11, 7.50);
