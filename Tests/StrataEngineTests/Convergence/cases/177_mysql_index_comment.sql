-- case: index with a COMMENT
-- engines: mysql
-- current
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, KEY ix_orders_customer (customer_id));
-- desired
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, KEY ix_orders_customer (customer_id) COMMENT 'lookup by customer');
-- rows
INSERT INTO orders (id, customer_id) VALUES (1, 10), (2, 11);
