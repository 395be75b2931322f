-- case: inner view of a view chain changed
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(50) NOT NULL, total DECIMAL(10,2) NOT NULL, status VARCHAR(10) NOT NULL);
CREATE VIEW paid_orders AS SELECT id, customer, total FROM orders WHERE status = 'paid';
CREATE VIEW big_paid_orders AS SELECT id, customer FROM paid_orders WHERE total > 8;
-- desired
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(50) NOT NULL, total DECIMAL(10,2) NOT NULL, status VARCHAR(10) NOT NULL);
CREATE VIEW paid_orders AS SELECT id, customer, total FROM orders WHERE status IN ('paid', 'shipped');
CREATE VIEW big_paid_orders AS SELECT id, customer FROM paid_orders WHERE total > 8;
-- rows
INSERT INTO orders (id, customer, total, status) VALUES (1, 'Ann', 10.00, 'paid'), (2, 'Bob', 25.50, 'open'), (3, 'Ann', 5.25, 'paid');
