-- case: view created in a non-public schema
-- engines: postgresql
-- current
CREATE SCHEMA reporting;
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(50) NOT NULL, total DECIMAL(10,2) NOT NULL, status VARCHAR(10) NOT NULL);
-- desired
CREATE SCHEMA reporting;
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer VARCHAR(50) NOT NULL, total DECIMAL(10,2) NOT NULL, status VARCHAR(10) NOT NULL);
CREATE VIEW reporting.revenue AS SELECT customer, SUM(total) AS revenue FROM public.orders GROUP BY customer;
-- rows
INSERT INTO orders (id, customer, total, status) VALUES (1, 'Ann', 10.00, 'paid'), (2, 'Bob', 25.50, 'open'), (3, 'Ann', 5.25, 'paid');
