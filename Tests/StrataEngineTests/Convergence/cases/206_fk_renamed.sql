-- case: foreign key constraint renamed
-- engines: postgresql mysql
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total DECIMAL(10,2) NOT NULL,
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
-- desired
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total DECIMAL(10,2) NOT NULL,
  CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id));
-- rows
INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 10.00), (2, 2, 20.00), (3, NULL, 5.00);
