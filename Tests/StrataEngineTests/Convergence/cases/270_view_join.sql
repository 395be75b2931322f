-- case: view joining two tables created
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), amount DECIMAL(10,2) NOT NULL);
-- desired
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), amount DECIMAL(10,2) NOT NULL);
CREATE VIEW invoice_list AS SELECT i.id, c.name, i.amount FROM invoices i JOIN customers c ON c.id = i.customer_id;
-- rows
INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO invoices (id, customer_id, amount) VALUES (1, 1, 9.99), (2, 2, 19.99);
