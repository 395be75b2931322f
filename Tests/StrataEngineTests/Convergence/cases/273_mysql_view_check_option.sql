-- case: view WITH CHECK OPTION
-- engines: mysql
-- current
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(50) NOT NULL, total DECIMAL(10,2) NOT NULL, status VARCHAR(10) NOT NULL);
CREATE VIEW open_orders AS SELECT id, customer, status FROM orders WHERE status = 'open';
-- desired
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(50) NOT NULL, total DECIMAL(10,2) NOT NULL, status VARCHAR(10) NOT NULL);
CREATE VIEW open_orders AS SELECT id, customer, status FROM orders WHERE status = 'open' WITH CHECK OPTION;
-- rows
INSERT INTO orders (id, customer, total, status) VALUES (1, 'Ann', 10.00, 'paid'), (2, 'Bob', 25.50, 'open'), (3, 'Ann', 5.25, 'paid');
