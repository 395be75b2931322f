-- case: index renamed
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL);
CREATE INDEX orders_cust_idx ON orders (customer_id);
-- desired
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
-- rows
INSERT INTO orders (id, customer_id) VALUES (1, 10), (2, 11);
