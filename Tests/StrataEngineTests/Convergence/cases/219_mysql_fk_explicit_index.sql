-- case: foreign key whose supporting index gets an explicit name
-- engines: mysql
-- current
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL,
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
-- desired
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, KEY ix_orders_customer (customer_id),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
-- rows
INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO orders (id, customer_id) VALUES (1, 1), (2, 2);
